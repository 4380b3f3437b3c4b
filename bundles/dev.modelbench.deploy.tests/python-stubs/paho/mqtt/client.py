"""Stand-in for paho-mqtt 2 in the deploy tests: each publish is appended to published.jsonl."""
import json


class CallbackAPIVersion:
    VERSION2 = 2


class Client:
    def __init__(self, version=None):
        self.version = version
        self.login = None
        self.broker = None

    def username_pw_set(self, user, password):
        self.login = [user, password]

    def connect(self, host, port, keepalive):
        self.broker = [host, port]

    def loop_start(self):
        pass

    def loop_stop(self):
        pass

    def disconnect(self):
        pass

    def publish(self, topic, payload):
        with open("published.jsonl", "a", encoding="utf-8") as log:
            log.write(json.dumps({"topic": topic, "payload": payload, "login": self.login,
                                  "broker": self.broker, "version": self.version}) + "\n")
