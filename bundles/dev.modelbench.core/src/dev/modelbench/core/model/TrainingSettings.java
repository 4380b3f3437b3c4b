/**
 */
package dev.modelbench.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.TrainingSettings#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingSettings#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingSettings#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingSettings#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingSettings#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingSettings#isAugmentation <em>Augmentation</em>}</li>
 *   <li>{@link dev.modelbench.core.model.TrainingSettings#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings()
 * @model
 * @generated
 */
public interface TrainingSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"16"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings_BatchSize()
	 * @model default="16"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingSettings#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings_Epochs()
	 * @model default="20"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingSettings#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' attribute.
	 * The default value is <code>"auto"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' attribute.
	 * @see #setOptimizer(String)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings_Optimizer()
	 * @model default="auto"
	 * @generated
	 */
	String getOptimizer();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingSettings#getOptimizer <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' attribute.
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(String value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings_LearningRate()
	 * @model default="0.001"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingSettings#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Input Size</b></em>' attribute.
	 * The default value is <code>"224"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Size</em>' attribute.
	 * @see #setInputSize(int)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings_InputSize()
	 * @model default="224"
	 * @generated
	 */
	int getInputSize();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingSettings#getInputSize <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Size</em>' attribute.
	 * @see #getInputSize()
	 * @generated
	 */
	void setInputSize(int value);

	/**
	 * Returns the value of the '<em><b>Augmentation</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Augmentation</em>' attribute.
	 * @see #setAugmentation(boolean)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings_Augmentation()
	 * @model default="true"
	 * @generated
	 */
	boolean isAugmentation();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingSettings#isAugmentation <em>Augmentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Augmentation</em>' attribute.
	 * @see #isAugmentation()
	 * @generated
	 */
	void setAugmentation(boolean value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see dev.modelbench.core.model.ModelPackage#getTrainingSettings_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.TrainingSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // TrainingSettings
