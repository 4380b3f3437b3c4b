/**
 */
package dev.modelbench.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Epoch Metrics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.EpochMetrics#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link dev.modelbench.core.model.EpochMetrics#getTrainLoss <em>Train Loss</em>}</li>
 *   <li>{@link dev.modelbench.core.model.EpochMetrics#getValidationLoss <em>Validation Loss</em>}</li>
 *   <li>{@link dev.modelbench.core.model.EpochMetrics#getTop1Accuracy <em>Top1 Accuracy</em>}</li>
 *   <li>{@link dev.modelbench.core.model.EpochMetrics#getTop5Accuracy <em>Top5 Accuracy</em>}</li>
 *   <li>{@link dev.modelbench.core.model.EpochMetrics#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 * </ul>
 *
 * @see dev.modelbench.core.model.ModelPackage#getEpochMetrics()
 * @model
 * @generated
 */
public interface EpochMetrics extends EObject {
	/**
	 * Returns the value of the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epoch</em>' attribute.
	 * @see #setEpoch(int)
	 * @see dev.modelbench.core.model.ModelPackage#getEpochMetrics_Epoch()
	 * @model
	 * @generated
	 */
	int getEpoch();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.EpochMetrics#getEpoch <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epoch</em>' attribute.
	 * @see #getEpoch()
	 * @generated
	 */
	void setEpoch(int value);

	/**
	 * Returns the value of the '<em><b>Train Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Loss</em>' attribute.
	 * @see #setTrainLoss(double)
	 * @see dev.modelbench.core.model.ModelPackage#getEpochMetrics_TrainLoss()
	 * @model
	 * @generated
	 */
	double getTrainLoss();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.EpochMetrics#getTrainLoss <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Loss</em>' attribute.
	 * @see #getTrainLoss()
	 * @generated
	 */
	void setTrainLoss(double value);

	/**
	 * Returns the value of the '<em><b>Validation Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Loss</em>' attribute.
	 * @see #setValidationLoss(double)
	 * @see dev.modelbench.core.model.ModelPackage#getEpochMetrics_ValidationLoss()
	 * @model
	 * @generated
	 */
	double getValidationLoss();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.EpochMetrics#getValidationLoss <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Loss</em>' attribute.
	 * @see #getValidationLoss()
	 * @generated
	 */
	void setValidationLoss(double value);

	/**
	 * Returns the value of the '<em><b>Top1 Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Top1 Accuracy</em>' attribute.
	 * @see #setTop1Accuracy(double)
	 * @see dev.modelbench.core.model.ModelPackage#getEpochMetrics_Top1Accuracy()
	 * @model
	 * @generated
	 */
	double getTop1Accuracy();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.EpochMetrics#getTop1Accuracy <em>Top1 Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top1 Accuracy</em>' attribute.
	 * @see #getTop1Accuracy()
	 * @generated
	 */
	void setTop1Accuracy(double value);

	/**
	 * Returns the value of the '<em><b>Top5 Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Top5 Accuracy</em>' attribute.
	 * @see #setTop5Accuracy(double)
	 * @see dev.modelbench.core.model.ModelPackage#getEpochMetrics_Top5Accuracy()
	 * @model
	 * @generated
	 */
	double getTop5Accuracy();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.EpochMetrics#getTop5Accuracy <em>Top5 Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top5 Accuracy</em>' attribute.
	 * @see #getTop5Accuracy()
	 * @generated
	 */
	void setTop5Accuracy(double value);

	/**
	 * Returns the value of the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #setElapsedSeconds(double)
	 * @see dev.modelbench.core.model.ModelPackage#getEpochMetrics_ElapsedSeconds()
	 * @model
	 * @generated
	 */
	double getElapsedSeconds();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.EpochMetrics#getElapsedSeconds <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #getElapsedSeconds()
	 * @generated
	 */
	void setElapsedSeconds(double value);

} // EpochMetrics
