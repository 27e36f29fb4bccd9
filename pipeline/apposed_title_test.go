package pipeline

import "testing"

// TestApposedTitledName: a name the knowledge lacks under a title, set off
// by commas beside an agent of a country, is of that agent's country,
// whether the agent comes first ("a Marine spokesman, Col. X,") or after
// with the place it serves in ("Gen. X, the top U.S. commander in
// Afghanistan,"); the agent beside the name is that person, not the
// holder of the office the knowledge lists, for "the general" after it.
func TestApposedTitledName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agent first, then the titled name", "2017-06-12",
			"BAGHDAD (AP) - A spokesman for the U.S.-led coalition, Col. Ryan Dilland, accused Iran of arming militias on Monday.",
			"112", "USAMIL>IRN", ""},
		{"the top commander first, then the titled name", "2016-05-07",
			"KABUL, Afghanistan (AP) - The top U.S. commander, Gen. John Nicholsen, accused Pakistan of sheltering militants on Monday.",
			"112", "USAMIL>PAK", ""},
		{"the titled name, then the agent with its post", "2016-05-07",
			"KABUL, Afghanistan (AP) - Gen. John Nicholsen, the top U.S. commander in Afghanistan, accused Pakistan of sheltering militants on Monday.",
			"112", "USAMIL>PAK", ""},
		{"the envoy to a body", "2016-05-07",
			"KIEV, Ukraine (AP) - Ambassador Ivan Petrovsky, Russia's envoy to the United Nations, accused Ukraine of lying on Monday.",
			"112", "RUSGOV>UKR", ""},
		{"the general after the apposition is the named one", "2016-05-07",
			"KABUL, Afghanistan (AP) - Gen. John Nicholsen, the top U.S. commander in Afghanistan, met President Ashraf Ghani on Monday. The general accused Pakistan of sheltering militants.",
			"112", "USAMIL>PAK", ""},
		// must not change: a title's own country, and a name the sentence
		// says nothing more of
		{"a nationality before the title", "2016-05-07",
			"KABUL, Afghanistan (AP) - Afghan Gen. Murad Alizai, a corps commander, accused Pakistan of sheltering militants on Monday.",
			"112", "AFGMIL>PAK", ""},
		{"a titled name of the story's country", "2016-05-07",
			"KABUL, Afghanistan (AP) - Afghan troops moved into Kunduz on Monday. Gen. Murad Alizai accused Pakistan of sheltering militants.",
			"112", "AFGMIL>PAK", ""},
	})
}
