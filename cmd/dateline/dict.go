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
)

func runDict(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "check" && args[0] != "who") {
		fmt.Fprintln(stderr, "Usage: dateline dict check | dateline dict who NAME [--on YYYY-MM-DD]")
		return errUsage
	}
	d, err := actor.Default()
	if err != nil {
		return err
	}
	if args[0] == "check" {
		errs := d.Check()
		for _, e := range errs {
			fmt.Fprintln(stdout, e)
		}
		if len(errs) > 0 {
			return fmt.Errorf("dict check: %d problems", len(errs))
		}
		fmt.Fprintln(stdout, "actor knowledge: no problems found")
		return nil
	}
	fs := flag.NewFlagSet("dict who", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := fs.String("on", "", "`YYYY-MM-DD` date to resolve roles on (default today)")
	if err := fs.Parse(reorder(args[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	name := strings.Join(fs.Args(), " ")
	if name == "" {
		fmt.Fprintln(stderr, "dateline dict who: give a NAME")
		return errUsage
	}
	when := time.Now()
	if *on != "" {
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
