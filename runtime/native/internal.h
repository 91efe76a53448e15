/*
 * What the driver's C files share besides the generated contract headers (plan.h, kernel-abi.h,
 * random.h): the visibility of the functions only they call, and how a plan word becomes an
 * address. Hidden functions are called directly, never through the library's symbol table, so
 * no other library loaded into Node can take their place.
 */
#ifndef BRAINTS_INTERNAL_H
#define BRAINTS_INTERNAL_H
#include <stdint.h>

#define INTERNAL __attribute__((visibility("hidden")))

/* A plan word holding an address, as a pointer to `type`. */
#define PTR(type, word) ((type *)(intptr_t)(word))

#endif
