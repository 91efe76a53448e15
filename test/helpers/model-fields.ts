// The vector fields of the library's model classes as written (models/fitzhugh_nagumo.ts,
// morris_lecar.ts, hh.ts, hindmarsh_rose.ts), compiled once per test process by
// analysis/model-field.ts, with the parameters that the bifurcation tests vary. Where a reference's
// parameter set differs from a class's defaults, the tests give those values as the varying
// parameters' values or hold them through `fixed`.
import { FitzHughNagumo, HindmarshRose, HodgkinHuxley, MorrisLecar } from '../../models';
import { type ModelField, type ModelFieldOptions, modelField } from '../../analysis/model-field';

type ModelClass = Parameters<typeof modelField>[0];

const compiled = new Map<string, Promise<ModelField>>();

/** The field of `cls` over `opts`, compiled once per distinct options. */
function cachedField(cls: ModelClass & { name: string }, opts: ModelFieldOptions): Promise<ModelField> {
  const key = `${cls.name} ${JSON.stringify(opts)}`;
  let field = compiled.get(key);
  if (!field) compiled.set(key, (field = modelField(cls, opts)));
  return field;
}

/** FitzHugh-Nagumo (dimensionless, time in ms): v, w; I, a, b, tau vary. The class's defaults are FitzHugh's. */
export const FHN_PARAMETERS = { I: 0, a: 0.7, b: 0.8, tau: 12.5 };
export const fitzHughNagumo = (): Promise<ModelField> =>
  cachedField(FitzHughNagumo, { variables: ['v', 'w'], parameters: ['I', 'a', 'b', 'tau'] });

/**
 * Morris-Lecar (mV, ms, uF/cm2, mS/cm2, uA/cm2, as Rinzel & Ermentrout 1998): V, w; I and gCa vary.
 * The class's defaults are the class II ("Hopf") set (gCa = 4.4, phi = 0.04, V3 = 2, V4 = 30).
 */
export const ML_HOPF = { I: 0, gCa: 4.4 };
export const morrisLecar = (): Promise<ModelField> => cachedField(MorrisLecar, { variables: ['V', 'w'], parameters: ['I', 'gCa'] });
/** The class I ("SNLC") set differs from the class's defaults in gCa = 4 and in phi, V3, V4, held here. */
export const ML_SNLC = { I: 0, gCa: 4 };
export const ML_SNLC_HELD = { phi: 1 / 15, V3: 12, V4: 17.4 };
export const morrisLecarClassI = (): Promise<ModelField> =>
  cachedField(MorrisLecar, { variables: ['V', 'w'], parameters: ['I', 'gCa'], fixed: ML_SNLC_HELD });
/**
 * MatCont's fast Morris-Lecar system (the MatCont manual, "Example: the fast Morris-Lecar equations":
 * dv/dt = y - 0.5 (v + 0.5) - 2 w (v + 0.7) - m_inf(v) (v - 1), dw/dt = 1.15 (w_inf(v) - w) tau(v),
 * m_inf = (1 + tanh((v + 0.01)/0.15))/2, w_inf = (1 + tanh((v - z)/0.145))/2, tau = cosh((v - 0.1)/0.29))
 * is the class with these dimensionless values held and its input y as I: at MatCont's z = 0.1 = V3
 * the class's rate phi cosh((V - V3)/(2 V4)) is MatCont's 1.15 tau(v).
 */
export const ML_MATCONT_HELD = {
  C: 1,
  gL: 0.5,
  VL: -0.5,
  gK: 2,
  VK: -0.7,
  gCa: 1,
  VCa: 1,
  V1: -0.01,
  V2: 0.15,
  V3: 0.1,
  V4: 0.145,
  phi: 1.15,
};
export const morrisLecarMatCont = (): Promise<ModelField> =>
  cachedField(MorrisLecar, { variables: ['V', 'w'], parameters: ['I'], fixed: ML_MATCONT_HELD });

/** Hodgkin-Huxley (mV, ms, uA/cm2, rest at -65 mV as in Dayan & Abbott): V, m, h, n; I, gNa, gK vary. */
export const HH_PARAMETERS = { I: 0, gNa: 120, gK: 36 };
export const HH_REST = [-65, 0.0529325, 0.596121, 0.317677];
export const hodgkinHuxley = (): Promise<ModelField> =>
  cachedField(HodgkinHuxley, { variables: ['V', 'm', 'h', 'n'], parameters: ['I', 'gNa', 'gK'] });

/** Hindmarsh-Rose (dimensionless, time in ms; a = 1, b = 3, c = 1, d = 5, s = 4, x_R = -1.6 held): x, y, z; I, r vary. */
export const HR_PARAMETERS = { I: 2, r: 0.001 };
export const hindmarshRose = (): Promise<ModelField> => cachedField(HindmarshRose, { variables: ['x', 'y', 'z'], parameters: ['I', 'r'] });
