"""Stand-in for OpenCV in the deploy tests: a camera that sees a red scene, numpy-only image functions."""
import numpy as np

COLOR_BGR2RGB = 4
INTER_AREA = 3
FONT_HERSHEY_SIMPLEX = 0
WND_PROP_FULLSCREEN = 0
WINDOW_FULLSCREEN = 1


class VideoCapture:
    def __init__(self, index):
        self.index = index

    def isOpened(self):
        return True

    def read(self):
        frame = np.zeros((480, 640, 3), np.uint8)
        frame[..., 2] = 220  # OpenCV frames are BGR: this is red
        return True, frame

    def release(self):
        pass


def cvtColor(image, code):
    assert code == COLOR_BGR2RGB, code
    return image[..., ::-1].copy()


def resize(image, size, interpolation=None):
    width, height = size
    rows = np.arange(height) * image.shape[0] // height
    columns = np.arange(width) * image.shape[1] // width
    return image[rows][:, columns]


def putText(*args, **kwargs):
    pass


def imshow(*args):
    raise AssertionError("--no-window draws nothing")


def waitKey(delay):
    return -1


def namedWindow(*args):
    raise AssertionError("--no-window opens no window")


def setWindowProperty(*args):
    pass


def destroyAllWindows():
    pass
