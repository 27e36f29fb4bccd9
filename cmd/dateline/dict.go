package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"dateline/internal/actor"
	"dateline/internal/render"
)

const dictUsage = `Usage:
  dateline dict check                 validate the actor knowledge files: file:line for each problem
  dateline dict who NAME [--on DATE]  show how a name resolves on a date (default today), and why
`

func runDict(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprint(stdout, dictUsage)
		return nil
	}
	if len(args) == 0 || (args[0] != "check" && args[0] != "who") {
		fmt.Fprint(stderr, dictUsage)
		return errUsage
	}
	if args[0] == "check" {
		return runDictCheck(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("dict who", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := fs.String("on", "", "`YYYY-MM-DD` date to resolve roles on (default today)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: dateline dict who NAME [--on YYYY-MM-DD]\n\nShows the actors a name resolves to on a date, with the entry, the spelling\nmatched, the rule, the role and its dates.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(args[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	d, err := actor.Default()
	if err != nil {
		return err
	}
	name := strings.Join(fs.Args(), " ")
	if name == "" {
		fmt.Fprintln(stderr, "dateline dict who: give a NAME")
		return errUsage
	}
	var when time.Time
	if when = time.Now(); *on != "" {
		if when, err = time.Parse("2006-01-02", *on); err != nil {
			fmt.Fprintf(stderr, "dateline dict who: --on %q is not YYYY-MM-DD\n", *on)
			return errUsage
		}
	}
	ms := d.Who(name, when)
	if len(ms) == 0 {
		fmt.Fprintf(stdout, "%q: not known on %s\n", name, when.Format("2006-01-02"))
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "CODE\tENTRY\tMATCHED\tRULE\tROLE\tFROM\tTO\tWHERE\n")
	seen := map[string]bool{}
	for _, m := range ms {
		key := m.Actor.Code + "|" + m.Entry + "|" + m.Role
		if seen[key] {
			continue // one line per entry and role; the spellings that matched add nothing
		}
		seen[key] = true
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", dash(m.Actor.Code), m.Entry, m.Name, m.Rule, dash(m.Role),
			dash(m.From.String()), dash(m.To.String()), m.Where)
	}
	return tw.Flush()
}

// runDictCheck validates the actor knowledge files.
func runDictCheck(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("dict check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: dateline dict check\n\nValidates the embedded actor knowledge files and prints file:line for each problem.\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "dateline dict check: takes no arguments")
		return errUsage
	}
	d, err := actor.Default()
	if err != nil {
		return err
	}
	errs := d.Check()
	for _, e := range errs {
		fmt.Fprintln(stdout, e)
	}
	if len(errs) > 0 {
		return fmt.Errorf("dict check: %s", render.Plural(len(errs), "problem", "problems"))
	}
	fmt.Fprintln(stdout, "actor knowledge: no problems found")
	return nil
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	switch arg {
	case "help", "-h", "-help", "--help":
		return true
	}
	return false
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// reorder moves flags before positional arguments, so that
// "who Khalifa Haftar --on 2015-01-01" works as users type it.
func reorder(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		if strings.HasPrefix(args[i], "-") {
			flags = append(flags, args[i])
			if !strings.Contains(args[i], "=") && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		rest = append(rest, args[i])
	}
	return append(flags, rest...)
}
