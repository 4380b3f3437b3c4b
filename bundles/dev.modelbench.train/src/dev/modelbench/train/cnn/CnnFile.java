package dev.modelbench.train.cnn;

import java.util.ArrayList;
import java.util.List;

import dev.modelbench.train.ModelBinary;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.internal.Messages;

/**
 * Saves and loads a {@link CnnClassifier} exactly (see {@link ModelBinary} for the framing):
 *
 * <pre>
 * "MBCN" int32 version (2)
 * int32 channels, height, width, blocks, then int32 filters per block, int32 classes,
 * int32 pooling (0 global, 1 rows; not in version 1, whose models all pool globally)
 * int32 standardisation axis (0 channel, 1 column), int32 groups, float32[groups] mean, inverse std
 * int32 classes, per class: int32 byteLength, UTF-8 name
 * int32 arrays, per array: int32 length, float32[length] (the order {@link CnnPass} documents)
 * int32 CRC-32
 * </pre>
 */
public final class CnnFile {

	/**
	 * The name of the file an export writes beside its ONNX model, so that a board-side code
	 * generator for microcontrollers can quantise the CNN itself.
	 */
	public static final String EXPORT_FILE = "model.mbcnn"; //$NON-NLS-1$

	private static final byte[] MAGIC = { 'M', 'B', 'C', 'N' };
	private static final int VERSION = 2;
	private static final int GLOBAL_POOLING_VERSION = 1;

	private CnnFile() {
	}

	public static byte[] toBytes(CnnClassifier model) {
		CnnShape shape = model.shape();
		ModelBinary.Writer out = new ModelBinary.Writer(MAGIC, VERSION).putInt(shape.channels()).putInt(shape.height())
				.putInt(shape.width()).putInt(shape.blocks());
		for (int b = 0; b < shape.blocks(); b++) {
			out.putInt(shape.filters(b));
		}
		out.putInt(shape.classes()).putInt(shape.pooling().ordinal());
		InputStandardization standardization = model.standardization();
		out.putInt(standardization.axis().ordinal()).putInt(standardization.mean().length)
				.putFloats(standardization.mean()).putFloats(standardization.inverseStd());
		out.putInt(model.classNames().size());
		model.classNames().forEach(out::putString);
		out.putInt(model.parameterArrays());
		for (int p = 0; p < model.parameterArrays(); p++) {
			float[] values = model.parameter(p);
			out.putInt(values.length).putFloats(values);
		}
		return out.finish();
	}

	public static CnnClassifier fromBytes(byte[] bytes) throws TrainedModelException {
		ModelBinary.Reader in = ModelBinary.Reader.open(bytes, MAGIC, GLOBAL_POOLING_VERSION, VERSION,
				Messages.ModelArchive_notAModel);
		try {
			int channels = in.getInt();
			int height = in.getInt();
			int width = in.getInt();
			int[] filters = new int[in.getCount(4)];
			for (int b = 0; b < filters.length; b++) {
				filters[b] = in.getInt();
			}
			int classes = in.getInt();
			int pooling = in.version() == GLOBAL_POOLING_VERSION ? CnnShape.Pooling.GLOBAL.ordinal() : in.getInt();
			if (pooling < 0 || pooling >= CnnShape.Pooling.values().length) {
				throw ModelBinary.damaged("bad pooling", null); //$NON-NLS-1$
			}
			CnnShape shape = new CnnShape(channels, height, width, filters, classes, CnnShape.Pooling.values()[pooling]);
			int axis = in.getInt();
			if (axis < 0 || axis >= InputStandardization.Axis.values().length) {
				throw ModelBinary.damaged("bad axis", null); //$NON-NLS-1$
			}
			int groups = in.getCount(8);
			InputStandardization standardization = new InputStandardization(shape,
					InputStandardization.Axis.values()[axis], in.getFloats(groups), in.getFloats(groups));
			int classCount = in.getCount(4);
			List<String> classNames = new ArrayList<>();
			for (int c = 0; c < classCount; c++) {
				classNames.add(in.getString());
			}
			float[][] parameters = new float[in.getCount(4)][];
			for (int p = 0; p < parameters.length; p++) {
				parameters[p] = in.getFloats(in.getCount(4));
			}
			in.finish();
			return new CnnClassifier(shape, standardization, parameters, classNames);
		} catch (IllegalArgumentException e) {
			// The checksum matched, so this is a file we wrote wrongly or one made to look like ours.
			throw ModelBinary.damaged(e.getMessage(), e);
		}
	}
}
