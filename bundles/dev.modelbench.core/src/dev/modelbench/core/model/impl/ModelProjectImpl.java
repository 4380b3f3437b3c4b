/**
 */
package dev.modelbench.core.model.impl;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.model.TrainingRun;
import dev.modelbench.core.model.TrainingSettings;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.impl.ModelProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.ModelProjectImpl#getTaskKind <em>Task Kind</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.ModelProjectImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.ModelProjectImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link dev.modelbench.core.model.impl.ModelProjectImpl#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelProjectImpl extends MinimalEObjectImpl.Container implements ModelProject {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskKind() <em>Task Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskKind()
	 * @generated
	 * @ordered
	 */
	protected static final TaskKind TASK_KIND_EDEFAULT = TaskKind.IMAGE_CLASSIFICATION;

	/**
	 * The cached value of the '{@link #getTaskKind() <em>Task Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskKind()
	 * @generated
	 * @ordered
	 */
	protected TaskKind taskKind = TASK_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<Category> categories;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected TrainingSettings settings;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingRun> runs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MODEL_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskKind getTaskKind() {
		return taskKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskKind(TaskKind newTaskKind) {
		TaskKind oldTaskKind = taskKind;
		taskKind = newTaskKind == null ? TASK_KIND_EDEFAULT : newTaskKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_PROJECT__TASK_KIND, oldTaskKind, taskKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Category> getCategories() {
		if (categories == null) {
			categories = new EObjectContainmentEList<Category>(Category.class, this, ModelPackage.MODEL_PROJECT__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(TrainingSettings newSettings, NotificationChain msgs) {
		TrainingSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_PROJECT__SETTINGS, oldSettings, newSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(TrainingSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MODEL_PROJECT__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MODEL_PROJECT__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_PROJECT__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingRun> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<TrainingRun>(TrainingRun.class, this, ModelPackage.MODEL_PROJECT__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.MODEL_PROJECT__CATEGORIES:
				return ((InternalEList<?>)getCategories()).basicRemove(otherEnd, msgs);
			case ModelPackage.MODEL_PROJECT__SETTINGS:
				return basicSetSettings(null, msgs);
			case ModelPackage.MODEL_PROJECT__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MODEL_PROJECT__NAME:
				return getName();
			case ModelPackage.MODEL_PROJECT__TASK_KIND:
				return getTaskKind();
			case ModelPackage.MODEL_PROJECT__CATEGORIES:
				return getCategories();
			case ModelPackage.MODEL_PROJECT__SETTINGS:
				return getSettings();
			case ModelPackage.MODEL_PROJECT__RUNS:
				return getRuns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.MODEL_PROJECT__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.MODEL_PROJECT__TASK_KIND:
				setTaskKind((TaskKind)newValue);
				return;
			case ModelPackage.MODEL_PROJECT__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends Category>)newValue);
				return;
			case ModelPackage.MODEL_PROJECT__SETTINGS:
				setSettings((TrainingSettings)newValue);
				return;
			case ModelPackage.MODEL_PROJECT__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends TrainingRun>)newValue);
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
			case ModelPackage.MODEL_PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.MODEL_PROJECT__TASK_KIND:
				setTaskKind(TASK_KIND_EDEFAULT);
				return;
			case ModelPackage.MODEL_PROJECT__CATEGORIES:
				getCategories().clear();
				return;
			case ModelPackage.MODEL_PROJECT__SETTINGS:
				setSettings((TrainingSettings)null);
				return;
			case ModelPackage.MODEL_PROJECT__RUNS:
				getRuns().clear();
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
			case ModelPackage.MODEL_PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.MODEL_PROJECT__TASK_KIND:
				return taskKind != TASK_KIND_EDEFAULT;
			case ModelPackage.MODEL_PROJECT__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case ModelPackage.MODEL_PROJECT__SETTINGS:
				return settings != null;
			case ModelPackage.MODEL_PROJECT__RUNS:
				return runs != null && !runs.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", taskKind: ");
		result.append(taskKind);
		result.append(')');
		return result.toString();
	}

} //ModelProjectImpl
