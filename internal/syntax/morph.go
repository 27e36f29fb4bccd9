package syntax

import "strings"

// Morphology: the base form of an inflected English verb or noun, by
// WordNet's detachment rules, checked against a set of known base forms.
// The generator uses it to write lemmas into the word table; at run time it
// reads words the table lacks.

// verbSuffixes are WordNet's detachment rules for verbs, in its order.
var verbSuffixes = [...][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}

// nounSuffixes are WordNet's detachment rules for nouns.
var nounSuffixes = [...][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}

// VerbLemma returns the base form of verb form w (lower case) whose base
// is known, undoing a doubled final consonant ("stopped" -> "stop"), or ""
// if no rule gives a known base.
func VerbLemma(w string, known func(string) bool) string {
	if known(w) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") {
		return w
	}
	for _, r := range verbSuffixes {
		base, ok := strings.CutSuffix(w, r[0])
		if !ok || len(base) < 2 {
			continue
		}
		if cand := base + r[1]; known(cand) {
			return cand
		}
		// "stopped", "banning": a doubled consonant before -ed or -ing
		if r[1] == "" && (r[0] == "ed" || r[0] == "ing") {
			if n := len(base); n >= 3 && base[n-1] == base[n-2] && !isVowel(base[n-1]) && known(base[:n-1]) {
				return base[:n-1]
			}
		}
	}
	if known(w) {
		return w
	}
	return ""
}

// NounLemma returns the singular of plural noun w (lower case) when the
// singular is known, or "".
func NounLemma(w string, known func(string) bool) string {
	for _, r := range nounSuffixes {
		base, ok := strings.CutSuffix(w, r[0])
		if !ok || len(base) < 2 {
			continue
		}
		if cand := base + r[1]; known(cand) {
			return cand
		}
	}
	return ""
}

// RegularNounLemma returns the singular of a plural noun w (lower case)
// that no word table knows, by English's regular plural: "warplanes" ->
// "warplane", "militias" -> "militia", "sketches" -> "sketch", "rallies"
// -> "rally". A word that does not end in a plural "s" ("press",
// "census", "crisis") is returned as it is.
func RegularNounLemma(w string) string {
	switch {
	case len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
