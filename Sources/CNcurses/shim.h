// The only C in Foyer: ncursesw with wide characters, and static inline wrappers for what Swift cannot
// see (macros, variadic functions, and the globals stdscr/LINES/COLS that Swift 6 rejects).
#ifndef FOYER_CNCURSES_SHIM_H
#define FOYER_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#include <signal.h>
#include <unistd.h>

static inline int foyer_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

#endif
