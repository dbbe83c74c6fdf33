"""Unit conversions for soil CO2 efflux.

All fluxes inside the plugin are g C m-2 d-1. 1 umol CO2 m-2 s-1 = 12.011e-6 g C x 86400 s
= 1.0378 g C m-2 d-1.
"""
from .errors import InputError
from .i18n import tr

G_C_PER_UMOL_CO2 = 12.011e-6
SECONDS_PER_DAY = 86400.0

#: factor that converts each accepted flux unit to g C m-2 d-1
FLUX_TO_GC_M2_D = {
    "umol CO2 m-2 s-1": G_C_PER_UMOL_CO2 * SECONDS_PER_DAY,
    "mg CO2 m-2 h-1": 1e-3 * (12.011 / 44.0095) * 24.0,
    "g C m-2 d-1": 1.0,
    "g CO2 m-2 d-1": 12.011 / 44.0095,
    "mg C m-2 h-1": 1e-3 * 24.0,
}
FLUX_UNITS = tuple(FLUX_TO_GC_M2_D)
_ALIASES = {
    "µmol co2 m-2 s-1": "umol CO2 m-2 s-1",
    "umol m-2 s-1": "umol CO2 m-2 s-1",
    "µmol m-2 s-1": "umol CO2 m-2 s-1",
    "umol/m2/s": "umol CO2 m-2 s-1",
    "mg co2 m-2 h-1": "mg CO2 m-2 h-1",
    "gc m-2 d-1": "g C m-2 d-1",
    "g c/m2/d": "g C m-2 d-1",
}


def normalise_flux_unit(unit, parameter=None):
    if unit in FLUX_TO_GC_M2_D:
        return unit
    key = str(unit).strip().lower()
    for known in FLUX_TO_GC_M2_D:
        if known.lower() == key:
            return known
    if key in _ALIASES:
        return _ALIASES[key]
    raise InputError(
        tr("Unknown flux unit '{unit}'. Use one of: {units}.").format(
            unit=unit, units=", ".join(FLUX_UNITS)), parameter=parameter
    )


def flux_to_gc_m2_d(values, unit, parameter=None):
    """Convert fluxes (scalar or numpy/pandas) from ``unit`` to g C m-2 d-1."""
    return values * FLUX_TO_GC_M2_D[normalise_flux_unit(unit, parameter)]
