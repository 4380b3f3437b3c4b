package dev.modelbench.ui.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The Real-time Result Push section as a user works it: type the broker and topic, press Connect,
 * Disconnect or the built-in broker's button, read the status and what arrives. Every method may
 * be called from the test thread.
 */
final class ResultPushTester {

	private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

	private final Section root;

	private ResultPushTester(Section root) {
		this.root = root;
	}

	/** The section in {@code part}'s controls, opened. */
	static ResultPushTester in(Control part) {
		return Workbench.onUiThread(() -> {
			Section section = Widgets.named(part, Section.class, "push");
			section.setExpanded(true);
			return new ResultPushTester(section);
		});
	}

	/** The section itself, to scroll it into view. */
	Control control() {
		return root;
	}

	/** Types the broker's address and login. */
	void typeBroker(String host, int port, String user, String password) {
		Workbench.onUiThread(() -> {
			Widgets.type(named(Text.class, "push.host"), host);
			named(Spinner.class, "push.port").setSelection(port);
			Widgets.type(named(Text.class, "push.user"), user);
			Widgets.type(named(Text.class, "push.password"), password);
		});
	}

	void typeTopic(String topic) {
		Workbench.onUiThread(() -> Widgets.type(named(Text.class, "push.topic"), topic));
	}

	/** Ticks or clears "Use TLS". */
	void setTls(boolean on) {
		setChecked("push.tls", on);
	}

	/** Ticks or clears the box that trusts the broker's certificate. */
	void setTrustCertificate(boolean on) {
		setChecked("push.trustCertificate", on);
	}

	/** Whether the trust box is ticked. */
	boolean trustCertificateChecked() {
		return Workbench.onUiThread(() -> named(Button.class, "push.trustCertificate").getSelection());
	}

	void pressConnect() {
		press("push.connect");
	}

	/** Presses Disconnect if it can be pressed. */
	void disconnectIfConnected() {
		Workbench.onUiThread(() -> {
			Button disconnect = named(Button.class, "push.disconnect");
			if (disconnect.isEnabled()) {
				Widgets.click(disconnect);
			}
		});
	}

	/** Presses the button that starts or stops the built-in broker. */
	void pressBrokerButton() {
		press("push.broker");
	}

	/** What the status line says. */
	String status() {
		return Workbench.onUiThread(() -> named(Label.class, "push.status").getText());
	}

	/** The messages shown as arriving on the topic, newest first, each "HH:mm:ss  text". */
	List<String> received() {
		return Workbench.onUiThread(() -> List.of(named(org.eclipse.swt.widgets.List.class, "push.received").getItems()));
	}

	/** How many results the shown connection sent, as its counts line says; -1 when it shows none. */
	long sentCount() {
		String counts = Workbench.onUiThread(() -> named(Label.class, "push.counts").getText());
		Matcher number = FIRST_NUMBER.matcher(counts);
		return number.find() ? Long.parseLong(number.group()) : -1;
	}

	private void setChecked(String box, boolean on) {
		Workbench.onUiThread(() -> {
			Button button = named(Button.class, box);
			if (button.getSelection() != on) {
				Widgets.click(button);
			}
		});
	}

	private void press(String button) {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, button)));
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(root, type, name);
	}
}
