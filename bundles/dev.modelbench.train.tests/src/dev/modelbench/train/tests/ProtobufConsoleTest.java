package dev.modelbench.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.google.protobuf.Message;

/**
 * The protobuf-java that writes ONNX files prints nothing on the console of a fresh JVM (issue 24,
 * case 9): up to 4.35 it called sun.misc.Unsafe, and Java 24 and newer warned about it on every
 * {@code modelbench export}. A child JVM, because the warning comes once per JVM.
 */
class ProtobufConsoleTest {

	@TempDir
	Path temp;

	@Test
	void writingAndReadingAMessageInAFreshJvmPrintsNoWarning() throws Exception {
		Path protobuf = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(Message.class)).orElseThrow().toPath();
		Path program = Files.writeString(temp.resolve("WriteMessage.java"), """
				import com.google.protobuf.Struct;
				import com.google.protobuf.Value;

				public class WriteMessage {
					public static void main(String[] arguments) throws Exception {
						byte[] bytes = Struct.newBuilder()
								.putFields("weights", Value.newBuilder().setNumberValue(0.5).build()).build().toByteArray();
						System.out.println(Struct.parseFrom(bytes).getFieldsOrThrow("weights").getNumberValue());
					}
				}
				""");
		String java = ProcessHandle.current().info().command().orElseThrow();

		Process child = new ProcessBuilder(java, "-cp", protobuf.toString(), program.toString()).start();
		String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		child.waitFor(60, TimeUnit.SECONDS);

		assertEquals("0.5", out.strip(), err);
		assertFalse(err.contains("sun.misc.Unsafe"), err);
		assertEquals("", err.strip());
	}
}
