#ifndef PACTLINT_CLIBYAML_SHIM_H
#define PACTLINT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
