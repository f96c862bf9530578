// The only C in Foyer: ncursesw with wide characters, and static inline wrappers for what Swift cannot
// see (macros, variadic functions, and the globals stdscr/LINES/COLS that Swift 6 rejects).
#ifndef FOYER_CNCURSES_SHIM_H
#define FOYER_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncurses.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static inline int foyer_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// Globals Swift 6 cannot touch.
static inline WINDOW *foyer_stdscr(void) { return stdscr; }
static inline int foyer_lines(void) { return LINES; }
static inline int foyer_cols(void) { return COLS; }

// Starting and stopping. newterm (not initscr) so a bad TERM is an error we can report, not an exit.
static inline SCREEN *foyer_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int foyer_setup(int escdelay_ms, int poll_ms) {
    raw();              // Ctrl-C, Ctrl-S, Ctrl-Z arrive as keys; signals from outside still come.
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(escdelay_ms);
    timeout(poll_ms);
    return 0;
}
static inline void foyer_timeout(int ms) { timeout(ms); }
// Bracketed paste: the terminal wraps a paste in ESC[200~ … ESC[201~, which curses is taught to return as
// two key codes, so pasted text (and its line breaks) is never taken for keys. Turned off again at endwin,
// which every exit path (signals included) goes through.
#define FOYER_KEY_PASTE_START 0x7F00
#define FOYER_KEY_PASTE_END 0x7F01
static inline int foyer_paste_start_code(void) { return FOYER_KEY_PASTE_START; }
static inline int foyer_paste_end_code(void) { return FOYER_KEY_PASTE_END; }
static inline void foyer_enable_bracketed_paste(void) {
    define_key("\033[200~", FOYER_KEY_PASTE_START);
    define_key("\033[201~", FOYER_KEY_PASTE_END);
    fputs("\033[?2004h", stdout);
    fflush(stdout);
}
static inline int foyer_endwin(void) {
    if (isendwin()) return OK;
    fputs("\033[?2004l", stdout);
    fflush(stdout);
    return endwin();
}
static inline const char *foyer_codeset(void) { return nl_langinfo(CODESET); }

// Attributes (macros in ncurses).
static inline unsigned int foyer_a_normal(void) { return A_NORMAL; }
static inline unsigned int foyer_a_bold(void) { return A_BOLD; }
static inline unsigned int foyer_a_reverse(void) { return A_REVERSE; }
static inline unsigned int foyer_a_dim(void) { return A_DIM; }
static inline unsigned int foyer_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int foyer_color_pair(int n) { return COLOR_PAIR(n); }
static inline int foyer_attrset(unsigned int a) { return attrset(a); }

// Drawing.
static inline int foyer_mvaddnwstr(int y, int x, const wchar_t *s, int n) { return mvaddnwstr(y, x, s, n); }
static inline int foyer_erase(void) { return erase(); }
static inline int foyer_move(int y, int x) { return move(y, x); }
static inline int foyer_refresh(void) { return refresh(); }
static inline int foyer_clearok(void) { return clearok(stdscr, TRUE); }
// The bell: BEL, or the terminal's visible bell when it has no audible one.
static inline int foyer_beep(void) { return beep(); }

// Keys. Returns OK for a character, KEY_CODE_YES for a function key, ERR for none (timeout, signal).
static inline int foyer_get_wch(unsigned int *out) {
    wint_t c = 0;
    int r = get_wch(&c);
    *out = (unsigned int)c;
    return r;
}
static inline int foyer_key_f(int n) { return KEY_F(n); }

// Mouse: clicks only, opt-in.
static inline void foyer_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
    mouseinterval(0);
}
static inline int foyer_get_click(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return 0;
    if (!(e.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))) return 0;
    *x = e.x; *y = e.y;
    return 1;
}

#endif
