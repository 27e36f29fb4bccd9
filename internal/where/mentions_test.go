package where

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"dateline"
)

// found is what a test expects of one mention: its text, country and
// feature.
type found struct{ text, country, feature string }

func (f found) String() string { return f.text + "/" + f.country + "/" + f.feature }

func TestMentions(t *testing.T) {
	g := gaz(t)
	lby := Hint{Countries: []string{"LBY", "ITA"}}
	tests := []struct {
		name string
		text string
		hint Hint
		want []found
	}{
		{"the middle of a city is the city", "A bomb went off in central Tel Aviv and in central Baghdad.",
			Hint{}, []found{{"central Tel Aviv", "ISR", "city"}, {"central Baghdad", "IRQ", "city"}}},
		{"a direction of a country is a region", "Fighting spread across central Somalia.",
			Hint{}, []found{{"central Somalia", "SOM", "region"}}},
		{"the middle of a country that a town abroad is named after", "Troops moved into central Mali.",
			Hint{}, []found{{"central Mali", "MLI", "region"}}},
		{"based and possessive region",
			"The Tripoli-based government accused forces loyal to a rival commander in Libya's east of shelling the airport.",
			lby, []found{{"Tripoli", "LBY", "city"}, {"Libya's east", "LBY", "region"}}},
		{"the south of the country",
			"It has also become a haven for armed groups, particularly in the remote south of the country.",
			lby, []found{{"the remote south of the country", "LBY", "region"}}},
		{"direction adjective and list after a cue",
			"Fighting spread from eastern Libya to the outskirts of Tripoli and Misrata, officials in Cairo said.",
			lby, []found{{"eastern Libya", "LBY", "region"}, {"Tripoli", "LBY", "city"}, {"Misrata", "LBY", "city"}, {"Cairo", "EGY", "city"}}},
		{"a small town after a verb that takes places",
			"Rebels shelled Kidal and captured Gao on Friday.",
			Hint{Countries: []string{"MLI"}}, []found{{"Kidal", "MLI", "city"}, {"Gao", "MLI", "city"}}},
		{"seas, gulfs and lakes",
			"Ships sailed from the Black Sea to the Gulf of Aden, past the Bab-el-Mandeb, and fishermen drowned in Lake Victoria.",
			Hint{}, []found{{"Black Sea", "", "region"}, {"Gulf of Aden", "", "region"}, {"Bab-el-Mandeb", "", "region"}, {"Lake Victoria", "", "region"}}},
		{"Tripoli in a Lebanon story",
			"Clashes broke out in Tripoli overnight, the army said.",
			Hint{Countries: []string{"LBN"}}, []found{{"Tripoli", "LBN", "city"}}},
		{"multi-word names",
			"Israeli jets struck the Gaza Strip and the West Bank city of Nablus; protesters marched in Tel Aviv.",
			Hint{}, []found{{"Gaza Strip", "PSE", "admin1"}, {"West Bank", "PSE", "admin1"}, {"Nablus", "PSE", "city"}, {"Tel Aviv", "ISR", "city"}}},
		{"qualified names",
			"He flew to Paris, Texas, then to Tbilisi, Georgia, and Atlanta, Georgia, in March.",
			Hint{}, []found{{"Paris, Texas", "USA", "city"}, {"Tbilisi, Georgia", "GEO", "city"}, {"Atlanta, Georgia", "USA", "city"}}},
		{"a city before the name of one of its sites",
			"Police beat lawyers outside the Karachi High Court, and rebels shelled Kabul International Airport.",
			Hint{}, []found{{"Karachi", "PAK", "city"}, {"Kabul", "AFG", "city"}}},
		{"a city before a name that is no site stays unread",
			"The Chicago Tribune and the Boston Globe reported it.",
			Hint{}, nil},
		{"common words and weekdays are not places",
			"Police said the Mobile unit would split on Friday and that Reading was nice.",
			Hint{}, nil},
		{"common word after a cue is a place",
			"The bomb exploded in Mobile on Friday.",
			Hint{}, []found{{"Mobile", "USA", "city"}}},
		{"organisation and person names are not places",
			"The New York Times quoted French Foreign Minister Jean-Yves Le Drian and Gen. Khalifa Hifter.",
			Hint{}, nil},
		{"sentence-initial country and quote",
			"\"Syria is burning,\" the envoy said in New York.",
			Hint{}, []found{{"Syria", "SYR", "country"}, {"New York", "USA", "city"}}},
		{"common English country names",
			"Troops in Turkey and Bosnia were sent to Zaire.",
			Hint{}, []found{{"Turkey", "TUR", "country"}, {"Bosnia", "BIH", "country"}, {"Zaire", "COD", "country"}}},
		{"sentence-initial small town is not taken",
			"Derna residents said the water was gone.",
			Hint{}, nil},
		{"small town after a cue",
			"Troops advanced on the town of Derna and shelled positions near Ajdabiya.",
			lby, []found{{"Derna", "LBY", "city"}, {"Ajdabiya", "LBY", "city"}}},
		{"abbreviated country",
			"Talks between the U.S. and the UAE resumed in Abu Dhabi; we told us nothing.",
			Hint{}, []found{{"U.S.", "USA", "country"}, {"UAE", "ARE", "country"}, {"Abu Dhabi", "ARE", "city"}}},
		{"continental region",
			"Migrants crossed the Mediterranean to Europe via Italy.",
			Hint{}, []found{{"Mediterranean", "", "region"}, {"Europe", "", "region"}, {"Italy", "ITA", "country"}}},
		{"demonym-based",
			"The Libyan-based smuggling networks moved people north.",
			Hint{}, []found{{"Libyan", "LBY", "country"}}},
		{"Georgia the state in a US story",
			"Storms hit Georgia and the Carolinas on Monday.",
			Hint{Countries: []string{"USA"}}, []found{{"Georgia", "USA", "admin1"}}},
		{"Georgia the country",
			"Russian troops remain in Georgia, officials in Tbilisi said.",
			Hint{}, []found{{"Georgia", "GEO", "country"}, {"Tbilisi", "GEO", "city"}}},
		{"names inside longer names",
			"The Washington Post said Michael Jordan and Chad Smith visited Jordan Street.",
			Hint{}, nil},
		{"exonym alias",
			"Shelling resumed near Odessa and Kharkiv.",
			Hint{}, []found{{"Odessa", "UKR", "city"}, {"Kharkiv", "UKR", "city"}}},
		{"Northern Ireland is a name, not a direction",
			"Talks in Northern Ireland stalled.",
			Hint{}, []found{{"Northern Ireland", "GBR", "admin1"}}},
		{"demonyms are not places",
			"German and Italian officials met in Rome.",
			Hint{}, []found{{"Rome", "ITA", "city"}}},
		{"acronyms and alternate names of other places",
			"Support from Hamas and the UN reached the White House, and in God they trust.",
			Hint{Countries: []string{"PSE"}}, nil},
		{"alternate name in the story's country",
			"Militias clashed in Derna.",
			lby, []found{{"Derna", "LBY", "city"}}},
		{"alternate name elsewhere needs the story's country",
			"Militias clashed in Darnis.",
			Hint{Countries: []string{"FRA"}}, nil},
		{"a spelling of the own name is the name",
			"Militias clashed in Derna.",
			Hint{Countries: []string{"FRA"}}, []found{{"Derna", "LBY", "city"}}},
		{"a transliteration of a city of 100,000 needs no cue",
			"Israeli tanks shelled Khan Younis on Monday.",
			Hint{}, []found{{"Khan Younis", "PSE", "city"}}},
		{"another transliteration after a cue",
			"Families fled from Khan Yunus overnight.",
			Hint{}, []found{{"Khan Yunus", "PSE", "city"}}},
		{"a division's seat named as the division needs no cue",
			"Islamist fighters attacked Kidal on Monday.",
			Hint{}, []found{{"Kidal", "MLI", "city"}}},
		{"another regional seat named as its division",
			"Gunmen stormed Kirkuk at dawn.",
			Hint{}, []found{{"Kirkuk", "IRQ", "city"}}},
		{"a small seat not named as its division still needs a cue",
			"Gunmen attacked Bossangoa at dawn.",
			Hint{}, nil},
		{"an alternate that is no spelling stays an alternate",
			"Hamas fighters clashed with police.",
			Hint{Countries: []string{"PSE"}}, nil},
		{"one-word exonym of a big city",
			"He was born in Bombay.",
			Hint{}, []found{{"Bombay", "IND", "city"}}},
		{"X state is the division",
			"Wildfires spread in Washington state and in New York state, not in Washington.",
			Hint{}, []found{{"Washington", "USA", "admin1"}, {"New York", "USA", "admin1"}, {"Washington", "USA", "city"}}},
		{"a division named with its division word is the division, though its short name is no own name",
			"Gunmen abducted pupils in Zamfara state and in Yobe state.",
			Hint{}, []found{{"Zamfara", "NGA", "admin1"}, {"Yobe", "NGA", "admin1"}}},
		{"with its division word, a division whose short name is a word",
			"Police fired on protesters in Plateau state.",
			Hint{}, []found{{"Plateau", "NGA", "admin1"}}},
		{"with its division word, a division whose short name is a country's",
			"Bandits killed 20 farmers in Niger state.",
			Hint{}, []found{{"Niger", "NGA", "admin1"}}},
		{"a governorate, region or oblast word names the division, not its city",
			"Shells fell in Idlib governorate, in the Kherson region and in Donetsk oblast.",
			Hint{}, []found{{"Idlib", "SYR", "admin1"}, {"Kherson", "UKR", "admin1"}, {"Donetsk", "UKR", "admin1"}}},
		{"gulfs",
			"Oil spilled into the Gulf of Mexico, far from the Gulf.",
			Hint{}, []found{{"Gulf of Mexico", "", "region"}, {"Gulf", "", "region"}}},
		{"short division names that are words",
			"Analysts at Meta said Nelson and Rivers were in Free fall.",
			Hint{}, nil},
		{"diacritics in text",
			"Protesters gathered in São Paulo and in Bogotá on Sunday.",
			Hint{}, []found{{"São Paulo", "BRA", "city"}, {"Bogotá", "COL", "city"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(tt.text)
			ms := g.Mentions(s, tt.hint, nil)
			var got []found
			for _, m := range ms {
				if m.Kind != dateline.KindPlace || m.Place == nil || m.Rule == "" {
					t.Errorf("mention %q: got kind %v place %v rule %q, want a place with a rule", m.Text, m.Kind, m.Place, m.Rule)
					continue
				}
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q: span %d-%d holds %q", m.Text, m.Start, m.End, tt.text[m.Start:m.End])
				}
				got = append(got, found{m.Text, m.Place.Country, m.Place.Feature})
			}
			if str(got) != str(tt.want) {
				t.Errorf("got %s, want %s", str(got), str(tt.want))
			}
		})
	}
}

func str(fs []found) string {
	var b []string
	for _, f := range fs {
		b = append(b, f.String())
	}
	return "[" + strings.Join(b, " ") + "]"
}

func TestMentionsSkip(t *testing.T) {
	g := gaz(t)
	text := "Libya's rival leaders met in Palermo with the Tripoli-based prime minister."
	s := sentence(text)
	ms := g.Mentions(s, Hint{}, nil)
	if len(ms) != 3 {
		t.Fatalf("without skip: got %d mentions, want 3 (Libya, Palermo, Tripoli)", len(ms))
	}
	// An actor stage took "Libya's rival leaders" and "the Tripoli-based prime minister".
	a := strings.Index(text, "Libya's rival leaders")
	b := strings.Index(text, "the Tripoli-based prime minister")
	skip := []dateline.Span{{Start: a, End: a + len("Libya's rival leaders")}, {Start: b, End: b + len("the Tripoli-based prime minister")}}
	ms = g.Mentions(s, Hint{}, skip)
	if len(ms) != 1 || ms[0].Text != "Palermo" {
		var got []string
		for _, m := range ms {
			got = append(got, m.Text)
		}
		t.Errorf("with skip: got %q, want [Palermo]", got)
	}
}

func TestMentionsShared(t *testing.T) {
	// Runs over the shared dev sentences, when present, checking spans only:
	// they are evaluation data, not expectations of this package.
	g := gaz(t)
	n, places := 0, 0
	for _, name := range []string{"plover-gsr.dev.jsonl", "petr2-gsr.dev.jsonl"} {
		f, err := os.Open("../../../shared/gold/" + name)
		if err != nil {
			t.Skip("no ../shared gold:", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) != nil || rec.Text == "" {
				continue
			}
			n++
			for _, m := range g.Mentions(sentence(rec.Text), Hint{}, nil) {
				places++
				if rec.Text[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention %q: span holds %q", name, m.Text, rec.Text[m.Start:m.End])
				}
				if testing.Verbose() && os.Getenv("WHERE_SHOW") != "" {
					t.Logf("%-30q %-16s %s/%s/%s", m.Text, m.Rule, m.Place.Name, m.Place.Admin1, m.Place.Country)
				}
			}
		}
		f.Close()
	}
	t.Logf("%d sentences, %d place mentions", n, places)
}

// seedSentences reads testdata/sentences.txt.
func seedSentences(t testing.TB) []string {
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func FuzzMentions(f *testing.F) {
	for _, s := range seedSentences(f) {
		f.Add(s)
	}
	g := gaz(f)
	f.Fuzz(func(t *testing.T, text string) {
		s := sentence(text)
		for _, m := range g.Mentions(s, Hint{Countries: []string{"LBY"}}, nil) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("mention %q: span %d-%d outside text of %d bytes", m.Text, m.Start, m.End, len(text))
			}
			if m.Place == nil {
				t.Fatalf("mention %q: no place", m.Text)
			}
		}
		g.Resolve(text, Hint{})
		g.Dateline(dateline.Dateline{Text: text})
		if k := Key(text); Key(k) != k {
			t.Fatalf("Key(%q) = %q is not stable: Key again gives %q", text, k, Key(k))
		}
	})
}
