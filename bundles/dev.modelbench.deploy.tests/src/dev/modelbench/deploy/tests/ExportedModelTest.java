package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.ExportedModel;
import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.train.report.JsonWriter;

/** The board side reads model.yaml with the same JSON strings the export writes it with. */
class ExportedModelTest {

	@TempDir
	Path folder;

	private Path export(String yaml) throws Exception {
		Files.writeString(folder.resolve("model.onnx"), "onnx");
		Files.writeString(folder.resolve("model.yaml"), yaml);
		return folder;
	}

	@Test
	void classNamesWithQuotesBackslashesLineBreaksAndAccentsComeBackAsTheyWere() throws Exception {
		List<String> names = List.of("say \"hi\"", "a\\b", "K\u00e4se\nBrot", "tab\there", "\u2028line", "\u00fcber, [x]");
		String yaml = "model_name: " + JsonWriter.quoted("Pets \"2\"") + "\n" + "class_names: "
				+ names.stream().map(JsonWriter::quoted).collect(Collectors.joining(", ", "[", "]")) + "\nimgsz: 224\n";

		ExportedModel model = ExportedModel.read(export(yaml));

		assertEquals(names, model.classNames());
		assertEquals("Pets \"2\"", model.name());
		assertEquals(224, model.inputSize());
	}

	@Test
	void aBrokenClassListIsAFormatErrorThatNamesTheFile() throws Exception {
		FirmwareFormatException e = assertThrows(FirmwareFormatException.class,
				() -> ExportedModel.read(export("class_names: [\"cat\", \nimgsz: 224\n")));
		assertTrue(e.getMessage().contains("model.yaml"), e.getMessage());
	}
}
