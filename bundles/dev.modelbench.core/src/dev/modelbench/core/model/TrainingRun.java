/**
 */
package dev.modelbench.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.TrainingRun#getId <em>Id</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingRun#getStarted <em>Started</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingRun#getModelKind <em>Model Kind</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingRun#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingRun#getEpochs <em>Epochs</em>}</li>
 * </ul>
 *
 * @see dev.modelbench.core.model.ModelPackage#getTrainingRun()
 * @model
 * @generated
 */
public interface TrainingRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingRun_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingRun#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(String)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingRun_Started()
	 * @model
	 * @generated
	 */
	String getStarted();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingRun#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(String value);

	/**
	 * Returns the value of the '<em><b>Model Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Kind</em>' attribute.
	 * @see #setModelKind(String)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingRun_ModelKind()
	 * @model
	 * @generated
	 */
	String getModelKind();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingRun#getModelKind <em>Model Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Kind</em>' attribute.
	 * @see #getModelKind()
	 * @generated
	 */
	void setModelKind(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.modelbench.core.model.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.modelbench.core.model.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingRun_Status()
	 * @model
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingRun#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.modelbench.core.model.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' containment reference list.
	 * The list contents are of type {@link dev.modelbench.core.model.EpochMetrics}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' containment reference list.
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingRun_Epochs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpochMetrics> getEpochs();

} // TrainingRun
