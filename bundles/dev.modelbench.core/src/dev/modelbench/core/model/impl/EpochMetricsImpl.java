/**
 */
package dev.modelbench.core.model.impl;

import dev.modelbench.core.model.EpochMetrics;
import dev.modelbench.core.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Epoch Metrics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.impl.EpochMetricsImpl#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.EpochMetricsImpl#getTrainLoss <em>Train Loss</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.EpochMetricsImpl#getValidationLoss <em>Validation Loss</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.EpochMetricsImpl#getTop1Accuracy <em>Top1 Accuracy</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.EpochMetricsImpl#getTop5Accuracy <em>Top5 Accuracy</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.EpochMetricsImpl#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpochMetricsImpl extends MinimalEObjectImpl.Container implements EpochMetrics {
	/**
	 * The default value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected int epoch = EPOCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainLoss() <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrainLoss() <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainLoss()
	 * @generated
	 * @ordered
	 */
	protected double trainLoss = TRAIN_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationLoss() <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidationLoss() <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected double validationLoss = VALIDATION_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTop1Accuracy() <em>Top1 Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTop1Accuracy()
	 * @generated
	 * @ordered
	 */
	protected static final double TOP1_ACCURACY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTop1Accuracy() <em>Top1 Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTop1Accuracy()
	 * @generated
	 * @ordered
	 */
	protected double top1Accuracy = TOP1_ACCURACY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTop5Accuracy() <em>Top5 Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTop5Accuracy()
	 * @generated
	 * @ordered
	 */
	protected static final double TOP5_ACCURACY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTop5Accuracy() <em>Top5 Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTop5Accuracy()
	 * @generated
	 * @ordered
	 */
	protected double top5Accuracy = TOP5_ACCURACY_EDEFAULT;

	/**
	 * The default value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double ELAPSED_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected double elapsedSeconds = ELAPSED_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EpochMetricsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.EPOCH_METRICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpoch() {
		return epoch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpoch(int newEpoch) {
		int oldEpoch = epoch;
		epoch = newEpoch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EPOCH_METRICS__EPOCH, oldEpoch, epoch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainLoss() {
		return trainLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainLoss(double newTrainLoss) {
		double oldTrainLoss = trainLoss;
		trainLoss = newTrainLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EPOCH_METRICS__TRAIN_LOSS, oldTrainLoss, trainLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationLoss() {
		return validationLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationLoss(double newValidationLoss) {
		double oldValidationLoss = validationLoss;
		validationLoss = newValidationLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EPOCH_METRICS__VALIDATION_LOSS, oldValidationLoss, validationLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTop1Accuracy() {
		return top1Accuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTop1Accuracy(double newTop1Accuracy) {
		double oldTop1Accuracy = top1Accuracy;
		top1Accuracy = newTop1Accuracy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EPOCH_METRICS__TOP1_ACCURACY, oldTop1Accuracy, top1Accuracy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTop5Accuracy() {
		return top5Accuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTop5Accuracy(double newTop5Accuracy) {
		double oldTop5Accuracy = top5Accuracy;
		top5Accuracy = newTop5Accuracy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EPOCH_METRICS__TOP5_ACCURACY, oldTop5Accuracy, top5Accuracy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getElapsedSeconds() {
		return elapsedSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElapsedSeconds(double newElapsedSeconds) {
		double oldElapsedSeconds = elapsedSeconds;
		elapsedSeconds = newElapsedSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EPOCH_METRICS__ELAPSED_SECONDS, oldElapsedSeconds, elapsedSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.EPOCH_METRICS__EPOCH:
				return getEpoch();
			case ModelPackage.EPOCH_METRICS__TRAIN_LOSS:
				return getTrainLoss();
			case ModelPackage.EPOCH_METRICS__VALIDATION_LOSS:
				return getValidationLoss();
			case ModelPackage.EPOCH_METRICS__TOP1_ACCURACY:
				return getTop1Accuracy();
			case ModelPackage.EPOCH_METRICS__TOP5_ACCURACY:
				return getTop5Accuracy();
			case ModelPackage.EPOCH_METRICS__ELAPSED_SECONDS:
				return getElapsedSeconds();
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
			case ModelPackage.EPOCH_METRICS__EPOCH:
				setEpoch((Integer)newValue);
				return;
			case ModelPackage.EPOCH_METRICS__TRAIN_LOSS:
				setTrainLoss((Double)newValue);
				return;
			case ModelPackage.EPOCH_METRICS__VALIDATION_LOSS:
				setValidationLoss((Double)newValue);
				return;
			case ModelPackage.EPOCH_METRICS__TOP1_ACCURACY:
				setTop1Accuracy((Double)newValue);
				return;
			case ModelPackage.EPOCH_METRICS__TOP5_ACCURACY:
				setTop5Accuracy((Double)newValue);
				return;
			case ModelPackage.EPOCH_METRICS__ELAPSED_SECONDS:
				setElapsedSeconds((Double)newValue);
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
			case ModelPackage.EPOCH_METRICS__EPOCH:
				setEpoch(EPOCH_EDEFAULT);
				return;
			case ModelPackage.EPOCH_METRICS__TRAIN_LOSS:
				setTrainLoss(TRAIN_LOSS_EDEFAULT);
				return;
			case ModelPackage.EPOCH_METRICS__VALIDATION_LOSS:
				setValidationLoss(VALIDATION_LOSS_EDEFAULT);
				return;
			case ModelPackage.EPOCH_METRICS__TOP1_ACCURACY:
				setTop1Accuracy(TOP1_ACCURACY_EDEFAULT);
				return;
			case ModelPackage.EPOCH_METRICS__TOP5_ACCURACY:
				setTop5Accuracy(TOP5_ACCURACY_EDEFAULT);
				return;
			case ModelPackage.EPOCH_METRICS__ELAPSED_SECONDS:
				setElapsedSeconds(ELAPSED_SECONDS_EDEFAULT);
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
			case ModelPackage.EPOCH_METRICS__EPOCH:
				return epoch != EPOCH_EDEFAULT;
			case ModelPackage.EPOCH_METRICS__TRAIN_LOSS:
				return trainLoss != TRAIN_LOSS_EDEFAULT;
			case ModelPackage.EPOCH_METRICS__VALIDATION_LOSS:
				return validationLoss != VALIDATION_LOSS_EDEFAULT;
			case ModelPackage.EPOCH_METRICS__TOP1_ACCURACY:
				return top1Accuracy != TOP1_ACCURACY_EDEFAULT;
			case ModelPackage.EPOCH_METRICS__TOP5_ACCURACY:
				return top5Accuracy != TOP5_ACCURACY_EDEFAULT;
			case ModelPackage.EPOCH_METRICS__ELAPSED_SECONDS:
				return elapsedSeconds != ELAPSED_SECONDS_EDEFAULT;
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
		result.append(" (epoch: ");
		result.append(epoch);
		result.append(", trainLoss: ");
		result.append(trainLoss);
		result.append(", validationLoss: ");
		result.append(validationLoss);
		result.append(", top1Accuracy: ");
		result.append(top1Accuracy);
		result.append(", top5Accuracy: ");
		result.append(top5Accuracy);
		result.append(", elapsedSeconds: ");
		result.append(elapsedSeconds);
		result.append(')');
		return result.toString();
	}

} //EpochMetricsImpl
