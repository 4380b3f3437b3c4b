/**
 */
package dev.modelbench.core.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see dev.modelbench.core.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://modelbench.dev/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "modelbench";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = dev.modelbench.core.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.impl.ModelProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.impl.ModelProjectImpl
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getModelProject()
	 * @generated
	 */
	int MODEL_PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Task Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PROJECT__TASK_KIND = 1;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PROJECT__CATEGORIES = 2;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PROJECT__SETTINGS = 3;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PROJECT__RUNS = 4;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PROJECT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.impl.CategoryImpl <em>Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.impl.CategoryImpl
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getCategory()
	 * @generated
	 */
	int CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__COLOUR = 2;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__SAMPLES = 3;

	/**
	 * The number of structural features of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.impl.SampleImpl <em>Sample</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.impl.SampleImpl
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getSample()
	 * @generated
	 */
	int SAMPLE = 2;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Split</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE__SPLIT = 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE__ORIGIN = 3;

	/**
	 * The number of structural features of the '<em>Sample</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Sample</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.impl.TrainingSettingsImpl
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getTrainingSettings()
	 * @generated
	 */
	int TRAINING_SETTINGS = 3;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__BATCH_SIZE = 0;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__EPOCHS = 1;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__OPTIMIZER = 2;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__LEARNING_RATE = 3;

	/**
	 * The feature id for the '<em><b>Input Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__INPUT_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Augmentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__AUGMENTATION = 5;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__SEED = 6;

	/**
	 * The number of structural features of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.impl.TrainingRunImpl <em>Training Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.impl.TrainingRunImpl
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getTrainingRun()
	 * @generated
	 */
	int TRAINING_RUN = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__STARTED = 1;

	/**
	 * The feature id for the '<em><b>Model Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__MODEL_KIND = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__EPOCHS = 4;

	/**
	 * The number of structural features of the '<em>Training Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Training Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.impl.EpochMetricsImpl <em>Epoch Metrics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.impl.EpochMetricsImpl
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getEpochMetrics()
	 * @generated
	 */
	int EPOCH_METRICS = 5;

	/**
	 * The feature id for the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__EPOCH = 0;

	/**
	 * The feature id for the '<em><b>Train Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__TRAIN_LOSS = 1;

	/**
	 * The feature id for the '<em><b>Validation Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__VALIDATION_LOSS = 2;

	/**
	 * The feature id for the '<em><b>Top1 Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__TOP1_ACCURACY = 3;

	/**
	 * The feature id for the '<em><b>Top5 Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__TOP5_ACCURACY = 4;

	/**
	 * The feature id for the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__ELAPSED_SECONDS = 5;

	/**
	 * The number of structural features of the '<em>Epoch Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Epoch Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.TaskKind <em>Task Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.TaskKind
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getTaskKind()
	 * @generated
	 */
	int TASK_KIND = 6;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.SampleSource <em>Sample Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.SampleSource
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getSampleSource()
	 * @generated
	 */
	int SAMPLE_SOURCE = 7;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.Split <em>Split</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.Split
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getSplit()
	 * @generated
	 */
	int SPLIT = 8;

	/**
	 * The meta object id for the '{@link dev.modelbench.core.model.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.modelbench.core.model.RunStatus
	 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 9;


	/**
	 * Returns the meta object for class '{@link dev.modelbench.core.model.ModelProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see dev.modelbench.core.model.ModelProject
	 * @generated
	 */
	EClass getModelProject();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.ModelProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.modelbench.core.model.ModelProject#getName()
	 * @see #getModelProject()
	 * @generated
	 */
	EAttribute getModelProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.ModelProject#getTaskKind <em>Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Kind</em>'.
	 * @see dev.modelbench.core.model.ModelProject#getTaskKind()
	 * @see #getModelProject()
	 * @generated
	 */
	EAttribute getModelProject_TaskKind();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.modelbench.core.model.ModelProject#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see dev.modelbench.core.model.ModelProject#getCategories()
	 * @see #getModelProject()
	 * @generated
	 */
	EReference getModelProject_Categories();

	/**
	 * Returns the meta object for the containment reference '{@link dev.modelbench.core.model.ModelProject#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see dev.modelbench.core.model.ModelProject#getSettings()
	 * @see #getModelProject()
	 * @generated
	 */
	EReference getModelProject_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.modelbench.core.model.ModelProject#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see dev.modelbench.core.model.ModelProject#getRuns()
	 * @see #getModelProject()
	 * @generated
	 */
	EReference getModelProject_Runs();

	/**
	 * Returns the meta object for class '{@link dev.modelbench.core.model.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category</em>'.
	 * @see dev.modelbench.core.model.Category
	 * @generated
	 */
	EClass getCategory();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.Category#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.modelbench.core.model.Category#getName()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.Category#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see dev.modelbench.core.model.Category#getDisplayName()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.Category#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see dev.modelbench.core.model.Category#getColour()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Colour();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.modelbench.core.model.Category#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Samples</em>'.
	 * @see dev.modelbench.core.model.Category#getSamples()
	 * @see #getCategory()
	 * @generated
	 */
	EReference getCategory_Samples();

	/**
	 * Returns the meta object for class '{@link dev.modelbench.core.model.Sample <em>Sample</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sample</em>'.
	 * @see dev.modelbench.core.model.Sample
	 * @generated
	 */
	EClass getSample();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.Sample#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see dev.modelbench.core.model.Sample#getPath()
	 * @see #getSample()
	 * @generated
	 */
	EAttribute getSample_Path();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.Sample#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.modelbench.core.model.Sample#getSource()
	 * @see #getSample()
	 * @generated
	 */
	EAttribute getSample_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.Sample#getSplit <em>Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Split</em>'.
	 * @see dev.modelbench.core.model.Sample#getSplit()
	 * @see #getSample()
	 * @generated
	 */
	EAttribute getSample_Split();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.Sample#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see dev.modelbench.core.model.Sample#getOrigin()
	 * @see #getSample()
	 * @generated
	 */
	EAttribute getSample_Origin();

	/**
	 * Returns the meta object for class '{@link dev.modelbench.core.model.TrainingSettings <em>Training Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Settings</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings
	 * @generated
	 */
	EClass getTrainingSettings();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingSettings#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings#getBatchSize()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingSettings#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings#getEpochs()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingSettings#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings#getOptimizer()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingSettings#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings#getLearningRate()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingSettings#getInputSize <em>Input Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Size</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings#getInputSize()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_InputSize();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingSettings#isAugmentation <em>Augmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Augmentation</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings#isAugmentation()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Augmentation();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see dev.modelbench.core.model.TrainingSettings#getSeed()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Seed();

	/**
	 * Returns the meta object for class '{@link dev.modelbench.core.model.TrainingRun <em>Training Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Run</em>'.
	 * @see dev.modelbench.core.model.TrainingRun
	 * @generated
	 */
	EClass getTrainingRun();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingRun#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.modelbench.core.model.TrainingRun#getId()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingRun#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see dev.modelbench.core.model.TrainingRun#getStarted()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_Started();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingRun#getModelKind <em>Model Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Kind</em>'.
	 * @see dev.modelbench.core.model.TrainingRun#getModelKind()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_ModelKind();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.TrainingRun#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.modelbench.core.model.TrainingRun#getStatus()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.modelbench.core.model.TrainingRun#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Epochs</em>'.
	 * @see dev.modelbench.core.model.TrainingRun#getEpochs()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EReference getTrainingRun_Epochs();

	/**
	 * Returns the meta object for class '{@link dev.modelbench.core.model.EpochMetrics <em>Epoch Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Epoch Metrics</em>'.
	 * @see dev.modelbench.core.model.EpochMetrics
	 * @generated
	 */
	EClass getEpochMetrics();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.EpochMetrics#getEpoch <em>Epoch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epoch</em>'.
	 * @see dev.modelbench.core.model.EpochMetrics#getEpoch()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_Epoch();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.EpochMetrics#getTrainLoss <em>Train Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Loss</em>'.
	 * @see dev.modelbench.core.model.EpochMetrics#getTrainLoss()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_TrainLoss();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.EpochMetrics#getValidationLoss <em>Validation Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Loss</em>'.
	 * @see dev.modelbench.core.model.EpochMetrics#getValidationLoss()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_ValidationLoss();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.EpochMetrics#getTop1Accuracy <em>Top1 Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Top1 Accuracy</em>'.
	 * @see dev.modelbench.core.model.EpochMetrics#getTop1Accuracy()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_Top1Accuracy();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.EpochMetrics#getTop5Accuracy <em>Top5 Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Top5 Accuracy</em>'.
	 * @see dev.modelbench.core.model.EpochMetrics#getTop5Accuracy()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_Top5Accuracy();

	/**
	 * Returns the meta object for the attribute '{@link dev.modelbench.core.model.EpochMetrics#getElapsedSeconds <em>Elapsed Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elapsed Seconds</em>'.
	 * @see dev.modelbench.core.model.EpochMetrics#getElapsedSeconds()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_ElapsedSeconds();

	/**
	 * Returns the meta object for enum '{@link dev.modelbench.core.model.TaskKind <em>Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Kind</em>'.
	 * @see dev.modelbench.core.model.TaskKind
	 * @generated
	 */
	EEnum getTaskKind();

	/**
	 * Returns the meta object for enum '{@link dev.modelbench.core.model.SampleSource <em>Sample Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sample Source</em>'.
	 * @see dev.modelbench.core.model.SampleSource
	 * @generated
	 */
	EEnum getSampleSource();

	/**
	 * Returns the meta object for enum '{@link dev.modelbench.core.model.Split <em>Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Split</em>'.
	 * @see dev.modelbench.core.model.Split
	 * @generated
	 */
	EEnum getSplit();

	/**
	 * Returns the meta object for enum '{@link dev.modelbench.core.model.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see dev.modelbench.core.model.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.impl.ModelProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.impl.ModelProjectImpl
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getModelProject()
		 * @generated
		 */
		EClass MODEL_PROJECT = eINSTANCE.getModelProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_PROJECT__NAME = eINSTANCE.getModelProject_Name();

		/**
		 * The meta object literal for the '<em><b>Task Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_PROJECT__TASK_KIND = eINSTANCE.getModelProject_TaskKind();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_PROJECT__CATEGORIES = eINSTANCE.getModelProject_Categories();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_PROJECT__SETTINGS = eINSTANCE.getModelProject_Settings();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_PROJECT__RUNS = eINSTANCE.getModelProject_Runs();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.impl.CategoryImpl <em>Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.impl.CategoryImpl
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getCategory()
		 * @generated
		 */
		EClass CATEGORY = eINSTANCE.getCategory();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__NAME = eINSTANCE.getCategory_Name();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__DISPLAY_NAME = eINSTANCE.getCategory_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__COLOUR = eINSTANCE.getCategory_Colour();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATEGORY__SAMPLES = eINSTANCE.getCategory_Samples();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.impl.SampleImpl <em>Sample</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.impl.SampleImpl
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getSample()
		 * @generated
		 */
		EClass SAMPLE = eINSTANCE.getSample();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE__PATH = eINSTANCE.getSample_Path();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE__SOURCE = eINSTANCE.getSample_Source();

		/**
		 * The meta object literal for the '<em><b>Split</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE__SPLIT = eINSTANCE.getSample_Split();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE__ORIGIN = eINSTANCE.getSample_Origin();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.impl.TrainingSettingsImpl
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getTrainingSettings()
		 * @generated
		 */
		EClass TRAINING_SETTINGS = eINSTANCE.getTrainingSettings();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__BATCH_SIZE = eINSTANCE.getTrainingSettings_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__EPOCHS = eINSTANCE.getTrainingSettings_Epochs();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__OPTIMIZER = eINSTANCE.getTrainingSettings_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__LEARNING_RATE = eINSTANCE.getTrainingSettings_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Input Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__INPUT_SIZE = eINSTANCE.getTrainingSettings_InputSize();

		/**
		 * The meta object literal for the '<em><b>Augmentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__AUGMENTATION = eINSTANCE.getTrainingSettings_Augmentation();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__SEED = eINSTANCE.getTrainingSettings_Seed();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.impl.TrainingRunImpl <em>Training Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.impl.TrainingRunImpl
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getTrainingRun()
		 * @generated
		 */
		EClass TRAINING_RUN = eINSTANCE.getTrainingRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__ID = eINSTANCE.getTrainingRun_Id();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__STARTED = eINSTANCE.getTrainingRun_Started();

		/**
		 * The meta object literal for the '<em><b>Model Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__MODEL_KIND = eINSTANCE.getTrainingRun_ModelKind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__STATUS = eINSTANCE.getTrainingRun_Status();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_RUN__EPOCHS = eINSTANCE.getTrainingRun_Epochs();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.impl.EpochMetricsImpl <em>Epoch Metrics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.impl.EpochMetricsImpl
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getEpochMetrics()
		 * @generated
		 */
		EClass EPOCH_METRICS = eINSTANCE.getEpochMetrics();

		/**
		 * The meta object literal for the '<em><b>Epoch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__EPOCH = eINSTANCE.getEpochMetrics_Epoch();

		/**
		 * The meta object literal for the '<em><b>Train Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__TRAIN_LOSS = eINSTANCE.getEpochMetrics_TrainLoss();

		/**
		 * The meta object literal for the '<em><b>Validation Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__VALIDATION_LOSS = eINSTANCE.getEpochMetrics_ValidationLoss();

		/**
		 * The meta object literal for the '<em><b>Top1 Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__TOP1_ACCURACY = eINSTANCE.getEpochMetrics_Top1Accuracy();

		/**
		 * The meta object literal for the '<em><b>Top5 Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__TOP5_ACCURACY = eINSTANCE.getEpochMetrics_Top5Accuracy();

		/**
		 * The meta object literal for the '<em><b>Elapsed Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__ELAPSED_SECONDS = eINSTANCE.getEpochMetrics_ElapsedSeconds();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.TaskKind <em>Task Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.TaskKind
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getTaskKind()
		 * @generated
		 */
		EEnum TASK_KIND = eINSTANCE.getTaskKind();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.SampleSource <em>Sample Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.SampleSource
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getSampleSource()
		 * @generated
		 */
		EEnum SAMPLE_SOURCE = eINSTANCE.getSampleSource();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.Split <em>Split</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.Split
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getSplit()
		 * @generated
		 */
		EEnum SPLIT = eINSTANCE.getSplit();

		/**
		 * The meta object literal for the '{@link dev.modelbench.core.model.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.modelbench.core.model.RunStatus
		 * @see dev.modelbench.core.model.impl.ModelPackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

	}

} //ModelPackage
