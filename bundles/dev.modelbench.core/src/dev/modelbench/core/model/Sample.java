/**
 */
package dev.modelbench.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sample</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.modelbench.core.model.Sample#getPath <em>Path</em>}</li>
 *   <li>{@link dev.modelbench.core.model.Sample#getSource <em>Source</em>}</li>
 *   <li>{@link dev.modelbench.core.model.Sample#getSplit <em>Split</em>}</li>
 *   <li>{@link dev.modelbench.core.model.Sample#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @see dev.modelbench.core.model.ModelPackage#getSample()
 * @model
 * @generated
 */
public interface Sample extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see dev.modelbench.core.model.ModelPackage#getSample_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.Sample#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.modelbench.core.model.SampleSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see dev.modelbench.core.model.SampleSource
	 * @see #setSource(SampleSource)
	 * @see dev.modelbench.core.model.ModelPackage#getSample_Source()
	 * @model
	 * @generated
	 */
	SampleSource getSource();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.Sample#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see dev.modelbench.core.model.SampleSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SampleSource value);

	/**
	 * Returns the value of the '<em><b>Split</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.modelbench.core.model.Split}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Split</em>' attribute.
	 * @see dev.modelbench.core.model.Split
	 * @see #setSplit(Split)
	 * @see dev.modelbench.core.model.ModelPackage#getSample_Split()
	 * @model
	 * @generated
	 */
	Split getSplit();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.Sample#getSplit <em>Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Split</em>' attribute.
	 * @see dev.modelbench.core.model.Split
	 * @see #getSplit()
	 * @generated
	 */
	void setSplit(Split value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see dev.modelbench.core.model.ModelPackage#getSample_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link dev.modelbench.core.model.Sample#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

} // Sample
