package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"

	"dateline"
	"dateline/internal/event"
	"dateline/internal/store/sqlite"
	"dateline/internal/where"
)

// checkQuery checks the filters of a query against what dateline knows and
// what the store holds, so that a misspelt filter is an error naming the
// valid or nearest values instead of "0 events".
func checkQuery(ctx context.Context, db *sqlite.DB, q *dateline.Query) error {
	if q.Type != "" {
		types, err := ploverTypes()
		if err != nil {
			return err
		}
		if !slices.Contains(types, strings.ToUpper(q.Type)) {
			return fmt.Errorf("--type %q is not a PLOVER type; the types are %s", q.Type, strings.Join(types, ", "))
		}
	}
	if q.CAMEO != "" {
		if err := checkCAMEO(q.CAMEO); err != nil {
			return err
		}
	}
	if q.Country != "" {
		if err := checkCountry(ctx, db, q.Country); err != nil {
			return err
		}
	}
	if q.Near != "" {
		if err := checkPlace(ctx, db, q.Near); err != nil {
			return err
		}
	}
	return nil
}

// cameoCodes walks every code the lexicon could hold (roots 01 to 20,
// three and four digits) and calls f for each it has.
func cameoCodes(f func(event.Code)) error {
	lex, err := event.Default()
	if err != nil {
		return err
	}
	for root := 1; root <= 20; root++ {
		for d := 0; d <= 9; d++ {
			base := fmt.Sprintf("%02d%d", root, d)
			for _, c := range []string{base, base + "0", base + "1", base + "2", base + "3", base + "4", base + "5", base + "6", base + "7", base + "8", base + "9"} {
				if code, ok := lex.Code(c); ok {
					f(code)
				}
			}
		}
	}
	return nil
}

// ploverTypes returns the PLOVER types of the lexicon's CAMEO codes.
func ploverTypes() ([]string, error) {
	var types []string
	err := cameoCodes(func(c event.Code) {
		if c.Type != "" && !slices.Contains(types, c.Type) {
			types = append(types, c.Type)
		}
	})
	slices.Sort(types)
	return types, err
}

// checkCAMEO accepts a root (01 to 20) or a code of the lexicon.
func checkCAMEO(code string) error {
	found := false
	var roots []string
	err := cameoCodes(func(c event.Code) {
		if strings.HasPrefix(c.CAMEO, code) && (len(code) >= 2 || code == "") {
			found = true
		}
		if r := c.Root(); !slices.Contains(roots, r) {
			roots = append(roots, r)
		}
	})
	if err != nil || found {
		return err
	}
	return fmt.Errorf("--cameo %q is no CAMEO code or root; roots are %s, and codes extend them (043, 1823)", code, strings.Join(roots, " "))
}

// checkCountry accepts a country's ISO 3166-1 alpha-3 code, or any code
// the stored events give a participant (international bodies: UNO, EUR).
func checkCountry(ctx context.Context, db *sqlite.DB, c string) error {
	g, err := where.Default()
	if err != nil {
		return err
	}
	if _, ok := g.Country(c); ok {
		return nil
	}
	stored, err := db.Distinct(ctx, "country")
	if err != nil {
		return err
	}
	if slices.Contains(stored, strings.ToUpper(c)) {
		return nil
	}
	if p, ok := g.CountryByName(c); ok {
		return fmt.Errorf("--country %q: give the country's code, %s", c, p.Country)
	}
	return fmt.Errorf("--country %q is no ISO 3166-1 alpha-3 code nor a code in the store; nearest in the store: %s",
		c, strings.Join(nearest(strings.ToUpper(c), stored, 5), ", "))
}

// checkPlace accepts "lat,lon" or a place name the store knows.
func checkPlace(ctx context.Context, db *sqlite.DB, near string) error {
	if a, b, ok := strings.Cut(near, ","); ok && isNumberish(a) && isNumberish(b) {
		return nil
	}
	places, err := db.Distinct(ctx, "place")
	if err != nil {
		return err
	}
	for _, p := range places {
		if strings.EqualFold(p, near) {
			return nil
		}
	}
	if len(places) == 0 {
		return fmt.Errorf("--near %q: the store names no places yet; give \"lat,lon\"", near)
	}
	return fmt.Errorf("--near %q is no place in the store; nearest: %s (or give \"lat,lon\")", near, strings.Join(nearest(near, places, 5), ", "))
}

// isNumberish reports whether s looks like a decimal coordinate.
func isNumberish(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "0123456789.+-") == ""
}

// nearest returns up to n of choices closest to s by edit distance,
// ignoring case, closest first.
func nearest(s string, choices []string, n int) []string {
	ls := strings.ToLower(s)
	sorted := slices.Clone(choices)
	dist := func(c string) int { return levenshtein.ComputeDistance(ls, strings.ToLower(c)) }
	slices.SortStableFunc(sorted, func(a, b string) int { return dist(a) - dist(b) })
	return sorted[:min(n, len(sorted))]
}
