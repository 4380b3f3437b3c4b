// Reference features from the ORIGINAL nsfwjs MobileNetV2, run by TensorFlow.js (pure-JS CPU backend).
//
//   node tfjs-features.mjs <nsfwjs package dir> <inputs.f32> <count> <out prefix> <layer>:<pool> ...
//
// <inputs.f32>: count x 224 x 224 x 3 float32 little-endian (NHWC, RGB, pixel/255), as written by
// ReferenceCheck. For each <layer>:<pool> (pool = global | 2x2) writes <out prefix><layer>_<pool>.f32:
// count x D float32 little-endian, flattened channel-major (c, row, col) like the ONNX Flatten of NCHW.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';

const [pkg, inputsFile, countArg, outPrefix, ...specs] = process.argv.slice(2);
const count = Number(countArg);
await tf.setBackend('cpu');

// The model files are browserify bundles; require() gives the JSON object and the base64 shard.
const require = createRequire(import.meta.url);
const dir = join(pkg, 'dist/models/mobilenet_v2');
const json = require(join(dir, 'model.min.js'));
const shard = Buffer.from(require(join(dir, 'group1-shard1of1.min.js')), 'base64');
const weightData = shard.buffer.slice(shard.byteOffset, shard.byteOffset + shard.byteLength);
const model = await tfl.loadLayersModel(tf.io.fromMemory({
  modelTopology: json.modelTopology,
  weightSpecs: json.weightsManifest[0].weights,
  weightData,
}));

const raw = readFileSync(inputsFile);
const pixels = new Float32Array(raw.buffer, raw.byteOffset, count * 224 * 224 * 3);
const x = tf.tensor4d(pixels, [count, 224, 224, 3]);
console.log(`tfjs ${tf.version_core}, backend ${tf.getBackend()}, nsfwjs output for image 0: `
  + Array.from(model.predict(tf.slice(x, 0, 1)).dataSync()).map((v) => v.toFixed(4)).join(' '));

for (const spec of specs) {
  const [layer, pool] = spec.split(':');
  const sub = tfl.model({ inputs: model.inputs, outputs: model.getLayer(layer).output });
  const features = tf.tidy(() => {
    const map = sub.predict(x); // [N, H, W, C]
    const size = map.shape[1];
    let pooled;
    if (pool === 'global') {
      pooled = tf.mean(map, [1, 2], true);
    } else if (pool === '2x2') { // adaptive bins, as in the ONNX graph: 14 -> k7 s7, 7 -> k4 s3
      const k = Math.ceil(size / 2);
      pooled = tf.avgPool(map, k, size - k, 'valid');
    } else {
      throw new Error(`unknown pool ${pool}`);
    }
    return tf.reshape(tf.transpose(pooled, [0, 3, 1, 2]), [count, -1]);
  });
  const out = `${outPrefix}${layer}_${pool}.f32`;
  writeFileSync(out, Buffer.from(features.dataSync().buffer));
  console.log(`${layer} ${JSON.stringify(sub.outputs[0].shape)} ${pool} -> ${features.shape} ${out}`);
}

