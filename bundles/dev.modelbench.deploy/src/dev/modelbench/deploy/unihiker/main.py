#!/usr/bin/env python3
"""Made by Model Bench: runs model.onnx on the UNIHIKER's camera, shows the label on the screen and
pushes each result to SIoT (or any MQTT broker) as Model Bench's result push does.

Reads settings.json and model.yaml beside it. Prints one line per result: "label confidence".
Options: --frames N stops after N frames (0: run until stopped), --no-window draws nothing.
"""
import argparse
import json
import os
import sys
import time

import cv2
import numpy as np
import onnxruntime

HERE = os.path.dirname(os.path.abspath(__file__))


def read_description(path):
    """model.yaml as the export writes it: one key per line, each value a JSON string, list or number."""
    description = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            key, value = line.split(":", 1)
            description[key.strip()] = json.loads(value.strip())
    return description


def to_input(frame_bgr, size):
    """A camera frame as the model takes it: RGB, size x size, 0 to 1, NCHW float32."""
    rgb = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2RGB)
    rgb = cv2.resize(rgb, (size, size), interpolation=cv2.INTER_AREA)
    x = rgb.astype(np.float32) / 255.0
    return np.ascontiguousarray(x.transpose(2, 0, 1)[np.newaxis, ...])


def classify(session, input_name, frame, size, class_names):
    probabilities = np.asarray(session.run(None, {input_name: to_input(frame, size)})[0][0], dtype=np.float64)
    best = int(np.argmax(probabilities))
    return class_names[best], float(probabilities[best]), probabilities


def payload(settings, model_name, label, confidence, class_names, probabilities):
    if settings.get("payload", "label") == "json":
        return json.dumps({
            "label": label,
            "confidence": round(confidence, 4),
            "probabilities": {name: round(float(p), 4) for name, p in zip(class_names, probabilities)},
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "model": model_name,
        }, ensure_ascii=False)
    return label


def connect(settings):
    """An MQTT client publishing to the broker, or None when it cannot be reached (results still show)."""
    try:
        import paho.mqtt.client as mqtt
        try:
            client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)  # paho-mqtt 2
        except AttributeError:
            client = mqtt.Client()  # paho-mqtt 1
        client.username_pw_set(settings.get("user", "siot"), settings.get("password", "dfrobot"))
        client.connect(settings.get("broker", "127.0.0.1"), int(settings.get("port", 1883)), 60)
        client.loop_start()
        return client
    except Exception as error:  # no broker: keep classifying, say why once
        print("MQTT off: %s" % error, file=sys.stderr, flush=True)
        return None


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=0)
    parser.add_argument("--no-window", action="store_true")
    args = parser.parse_args(argv)

    with open(os.path.join(HERE, "settings.json"), encoding="utf-8") as file:
        settings = json.load(file)
    description = read_description(os.path.join(HERE, "model.yaml"))
    class_names = description["class_names"]
    size = int(description["imgsz"])
    model_name = description.get("model_name", "model")

    session = onnxruntime.InferenceSession(os.path.join(HERE, "model.onnx"), providers=["CPUExecutionProvider"])
    input_name = session.get_inputs()[0].name
    camera = cv2.VideoCapture(int(settings.get("camera", 0)))
    if not camera.isOpened():
        print("No camera: is it plugged into the UNIHIKER's USB port?", file=sys.stderr, flush=True)
        return 2
    client = connect(settings)
    topic = settings.get("topic", "modelbench/results")
    window = not args.no_window
    if window:
        cv2.namedWindow("Model Bench", cv2.WND_PROP_FULLSCREEN)
        cv2.setWindowProperty("Model Bench", cv2.WND_PROP_FULLSCREEN, cv2.WINDOW_FULLSCREEN)

    frames = 0
    try:
        while args.frames == 0 or frames < args.frames:
            ok, frame = camera.read()
            if not ok:
                time.sleep(0.05)
                continue
            frames += 1
            label, confidence, probabilities = classify(session, input_name, frame, size, class_names)
            print("%s %.2f" % (label, confidence), flush=True)
            if client is not None:
                client.publish(topic, payload(settings, model_name, label, confidence, class_names, probabilities))
            if window:
                cv2.putText(frame, "%s %d%%" % (label, round(confidence * 100)), (10, 40),
                            cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 255, 0), 2)
                cv2.imshow("Model Bench", frame)
                if cv2.waitKey(1) & 0xFF == ord("q"):
                    break
    finally:
        camera.release()
        if client is not None:
            client.loop_stop()
            client.disconnect()
        if window:
            cv2.destroyAllWindows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
