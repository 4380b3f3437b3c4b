/**
 */
package dev.modelbench.core.model.impl;

import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.TrainingSettings;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.impl.TrainingSettingsImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.TrainingSettingsImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.TrainingSettingsImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.TrainingSettingsImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.TrainingSettingsImpl#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.TrainingSettingsImpl#isAugmentation <em>Augmentation</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.TrainingSettingsImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSettingsImpl extends MinimalEObjectImpl.Container implements TrainingSettings {
	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 16;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTIMIZER_EDEFAULT = "auto";

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected String optimizer = OPTIMIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_SIZE_EDEFAULT = 224;

	/**
	 * The cached value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected int inputSize = INPUT_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAugmentation() <em>Augmentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAugmentation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUGMENTATION_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAugmentation() <em>Augmentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAugmentation()
	 * @generated
	 * @ordered
	 */
	protected boolean augmentation = AUGMENTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 42L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TRAINING_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SETTINGS__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SETTINGS__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizer(String newOptimizer) {
		String oldOptimizer = optimizer;
		optimizer = newOptimizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SETTINGS__OPTIMIZER, oldOptimizer, optimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SETTINGS__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputSize() {
		return inputSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputSize(int newInputSize) {
		int oldInputSize = inputSize;
		inputSize = newInputSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SETTINGS__INPUT_SIZE, oldInputSize, inputSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAugmentation() {
		return augmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAugmentation(boolean newAugmentation) {
		boolean oldAugmentation = augmentation;
		augmentation = newAugmentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SETTINGS__AUGMENTATION, oldAugmentation, augmentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TRAINING_SETTINGS__BATCH_SIZE:
				return getBatchSize();
			case ModelPackage.TRAINING_SETTINGS__EPOCHS:
				return getEpochs();
			case ModelPackage.TRAINING_SETTINGS__OPTIMIZER:
				return getOptimizer();
			case ModelPackage.TRAINING_SETTINGS__LEARNING_RATE:
				return getLearningRate();
			case ModelPackage.TRAINING_SETTINGS__INPUT_SIZE:
				return getInputSize();
			case ModelPackage.TRAINING_SETTINGS__AUGMENTATION:
				return isAugmentation();
			case ModelPackage.TRAINING_SETTINGS__SEED:
				return getSeed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.TRAINING_SETTINGS__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case ModelPackage.TRAINING_SETTINGS__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case ModelPackage.TRAINING_SETTINGS__OPTIMIZER:
				setOptimizer((String)newValue);
				return;
			case ModelPackage.TRAINING_SETTINGS__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case ModelPackage.TRAINING_SETTINGS__INPUT_SIZE:
				setInputSize((Integer)newValue);
				return;
			case ModelPackage.TRAINING_SETTINGS__AUGMENTATION:
				setAugmentation((Boolean)newValue);
				return;
			case ModelPackage.TRAINING_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.TRAINING_SETTINGS__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SETTINGS__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SETTINGS__OPTIMIZER:
				setOptimizer(OPTIMIZER_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SETTINGS__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SETTINGS__INPUT_SIZE:
				setInputSize(INPUT_SIZE_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SETTINGS__AUGMENTATION:
				setAugmentation(AUGMENTATION_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.TRAINING_SETTINGS__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case ModelPackage.TRAINING_SETTINGS__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case ModelPackage.TRAINING_SETTINGS__OPTIMIZER:
				return OPTIMIZER_EDEFAULT == null ? optimizer != null : !OPTIMIZER_EDEFAULT.equals(optimizer);
			case ModelPackage.TRAINING_SETTINGS__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case ModelPackage.TRAINING_SETTINGS__INPUT_SIZE:
				return inputSize != INPUT_SIZE_EDEFAULT;
			case ModelPackage.TRAINING_SETTINGS__AUGMENTATION:
				return augmentation != AUGMENTATION_EDEFAULT;
			case ModelPackage.TRAINING_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (batchSize: ");
		result.append(batchSize);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", optimizer: ");
		result.append(optimizer);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", inputSize: ");
		result.append(inputSize);
		result.append(", augmentation: ");
		result.append(augmentation);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //TrainingSettingsImpl
