// The package's writeOutputs(net, dir): a script of one's own gets the files `braints run` writes.
import test from 'ava';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network, constant, writeOutputs } from '../index';
import { LIF } from '../models/index';
import { readNpy } from '../runtime/output/npy';

test('writeOutputs writes the summary and the NPY arrays of a network that has run', async (t) => {
  const cells = new LIF(20);
  const net = new Network({ cells });
  net.input(cells, 'I', constant(20));
  const spikes = net.monitorSpikes(cells);
  const voltages = net.monitorState(cells, ['V'], { neurons: [0, 3] });
  await net.run(50, { dt: 0.1, seed: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'braints-write-outputs-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));

  const written = await writeOutputs(net, dir, { plots: false });

  t.deepEqual(written.sort(), ['cells.V.npy', 'cells.spikes.npy', 'cells.t.npy', 'summary.json']);
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
  t.is(summary.duration_ms, 50);
  t.is(summary.groups.cells.spikes, net.spikeCount(cells));
  t.true(summary.groups.cells.spikes > 0);
  t.deepEqual(readNpy(join(dir, 'cells.spikes.npy')).shape, [spikes.count, 2]);
  const v = readNpy(join(dir, 'cells.V.npy'));
  t.deepEqual(v.shape, [500, 2]);
  t.deepEqual(Array.from(v.data), Array.from(voltages.values('V')));
});

test('writeOutputs draws the plots unless told not to', async (t) => {
  const cells = new LIF(5);
  const net = new Network({ cells });
  net.input(cells, 'I', constant(20));
  net.monitorSpikes(cells);
  await net.run(20, { dt: 0.1 });
  const dir = mkdtempSync(join(tmpdir(), 'braints-write-outputs-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));

  const written = await writeOutputs(net, dir);

  t.true(written.includes('cells.raster.png'));
  t.deepEqual([...readFileSync(join(dir, 'cells.raster.png')).subarray(1, 4)], [...Buffer.from('PNG')]);
});
