/**
 */
package dev.modelbench.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.ModelProject#getName <em>Name</em>}</li>
 *   <li>{@link dev.modelbench.core.model.ModelProject#getTaskKind <em>Task Kind</em>}</li>
 *   <li>{@link dev.modelbench.core.model.ModelProject#getCategories <em>Categories</em>}</li>
 *   <li>{@link dev.modelbench.core.model.ModelProject#getSettings <em>Settings</em>}</li>
 *   <li>{@link dev.modelbench.core.model.ModelProject#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @see dev.modelbench.core.model.ModelPackage#getModelProject()
 * @model
 * @generated
 */
public interface ModelProject extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.modelbench.core.model.ModelPackage#getModelProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.ModelProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Task Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.modelbench.core.model.TaskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Kind</em>' attribute.
	 * @see dev.modelbench.core.model.TaskKind
	 * @see #setTaskKind(TaskKind)
	 * @see dev.modelbench.core.model.ModelPackage#getModelProject_TaskKind()
	 * @model
	 * @generated
	 */
	TaskKind getTaskKind();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.ModelProject#getTaskKind <em>Task Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Kind</em>' attribute.
	 * @see dev.modelbench.core.model.TaskKind
	 * @see #getTaskKind()
	 * @generated
	 */
	void setTaskKind(TaskKind value);

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link dev.modelbench.core.model.Category}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see dev.modelbench.core.model.ModelPackage#getModelProject_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<Category> getCategories();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(TrainingSettings)
	 * @see dev.modelbench.core.model.ModelPackage#getModelProject_Settings()
	 * @model containment="true" required="true"
	 * @generated
	 */
	TrainingSettings getSettings();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.ModelProject#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(TrainingSettings value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link dev.modelbench.core.model.TrainingRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see dev.modelbench.core.model.ModelPackage#getModelProject_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingRun> getRuns();

} // ModelProject
