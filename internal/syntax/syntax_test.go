package syntax

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"dateline"
	"dateline/internal/segment"
)

// sentence analyses text as one sentence; each named string is marked as
// an actor or place the earlier stages found, each time string as a time
// expression.
func sentence(t testing.TB, text string, named, times []string) *dateline.Sentence {
	t.Helper()
	return sentenceNames(t, text, named, nil, times)
}

// sentenceNames is sentence with the named spans that are names (a
// country, a person), as the pipeline marks them.
func sentenceNames(t testing.TB, text string, named, names, times []string) *dateline.Sentence {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &dateline.Sentence{Span: dateline.Span{End: len(text)}, Text: text, Tokens: segment.Tokens(text, 0, len(text))}
	var h Hints
	for _, spans := range []struct {
		words []string
		out   *[]dateline.Span
	}{{named, &h.Named}, {names, &h.Names}, {times, &h.Times}} {
		for _, w := range spans.words {
			i := strings.Index(text, w)
			if i < 0 {
				t.Fatalf("%q is not in %q", w, text)
			}
			*spans.out = append(*spans.out, dateline.Span{Start: i, End: i + len(w)})
		}
	}
	a.Analyze(s, h)
	return s
}

// hasAll reports which of want are missing from the relations.
func missing(s *dateline.Sentence, want []string) []string {
	have := map[string]bool{}
	for _, r := range s.Analysis.Rels {
		have[r.Kind.String()+"("+ChunkText(s, r.From)+", "+ChunkText(s, r.To)+")"] = true
	}
	var out []string
	for _, w := range want {
		if !have[w] {
			out = append(out, w)
		}
	}
	return out
}

// TestStructure holds one family of sentences per construction: the
// chunks, clause kinds and relations a coder needs from each.
func TestStructure(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		named   []string
		times   []string
		chunks  string // "" to skip
		clauses string // kinds in order, "" to skip
		rels    []string
	}{
		{name: "ditransitive", text: "The European Union gave Kenya 40 million euros in drought aid on Monday.",
			named: []string{"The European Union", "Kenya"}, times: []string{"Monday"},
			chunks: "[NP The European Union] [VG gave] [NP Kenya] [NP 40 million euros] [PP in] [NP drought aid] [PP on] [NP Monday] .",
			rels:   []string{"subj(gave, The European Union)", "obj(gave, Kenya)", "obj2(gave, 40 million euros)", "obl(gave, in)", "pobj(in, drought aid)"}},
		{name: "a relative clause on the subject ends at its object", text: "A general who advised the protesters was shot by a gunman.",
			rels: []string{"subj(advised, A general)", "obj(advised, the protesters)", "subj(was shot, A general)"}},
		{name: "a relative clause ends at its object, a plural subject", text: "Rebels who seized the town were driven out by the army.",
			rels: []string{"obj(seized, the town)", "subj(were driven out, Rebels)"}},
		{name: "a relative clause ends at its object, an active main verb", text: "The officers who arrested the journalist released him on Friday.",
			times: []string{"Friday"}, rels: []string{"obj(arrested, the journalist)", "subj(released, The officers)"}},
		{name: "a name after the relative clause is the subject's", text: "A general who advised the protesters, Khattiya Sawasdiphol, was shot on Thursday.",
			named: []string{"Khattiya Sawasdiphol"}, times: []string{"Thursday"}, rels: []string{"subj(was shot, A general)"}},
		{name: "a list then ', and' a new clause", text: "Congress named its speaker, Roberto Micheletti, as interim president, and he imposed a curfew.",
			named: []string{"Roberto Micheletti"}, rels: []string{"subj(imposed, he)"}},
		{name: "two objects then ', and' a new clause", text: "The rebels freed the pilot, the doctor, and the army withdrew from the town.",
			rels: []string{"subj(withdrew, the army)"}},
		{name: "a serial list before the only verb", text: "Britain, France, and Germany met in Paris.",
			named: []string{"Britain", "France", "Germany", "Paris"}, rels: []string{"conj(Britain, Germany)", "subj(met, Britain)"}},
		{name: "a zero relative keeps its own subject", text: "The militias he considers illegitimate attacked Tripoli.",
			rels: []string{"subj(considers, he)"}},
		{name: "ditransitive with a pronoun", text: "Russia sold them missiles last year.", named: []string{"Russia"},
			rels: []string{"subj(sold, Russia)", "obj(sold, them)", "obj2(sold, missiles)"}},
		{name: "coordinated adjectives before one noun", text: "Indian and Chinese troops clashed along the disputed border in Ladakh.",
			chunks: "[NP Indian and Chinese troops] [VG clashed] [PP along] [NP the disputed border] [PP in] [NP Ladakh] .",
			rels:   []string{"subj(clashed, Indian and Chinese troops)", "obl(clashed, along)"}},
		{name: "coordinated subjects", text: "Chile and Peru have agreed to hold joint naval drills.",
			named:   []string{"Chile", "Peru"},
			clauses: "main infinitive",
			rels:    []string{"conj(Chile, Peru)", "subj(have agreed, Chile)", "subj(to hold, Chile)", "comp(have agreed, to hold)", "obj(to hold, joint naval drills)"}},
		{name: "a list of three", text: "The United States, Britain and France imposed sanctions on Iran.",
			named: []string{"The United States", "Britain", "France", "Iran"},
			rels:  []string{"conj(The United States, Britain)", "conj(The United States, France)", "subj(imposed, The United States)", "obj(imposed, sanctions)", "nmod(sanctions, on)", "pobj(on, Iran)"}},
		{name: "apposition before the verb", text: "Fayez Serraj, head of the U.N.-backed government in Tripoli, met Khalifa Hifter.",
			named: []string{"Fayez Serraj", "Khalifa Hifter", "Tripoli"},
			rels:  []string{"appos(Fayez Serraj, head)", "subj(met, Fayez Serraj)", "obj(met, Khalifa Hifter)"}},
		{name: "apposition with a possessive", text: "Sergey Lavrov, Russia's foreign minister, met the envoy.",
			named: []string{"Sergey Lavrov", "Russia"},
			rels:  []string{"appos(Sergey Lavrov, foreign minister)", "subj(met, Sergey Lavrov)", "poss(foreign minister, Russia 's)"}},
		{name: "apposition, then a whose clause", text: "Mirek Topolanek, the Czech prime minister, whose government holds the presidency, offered to broker a settlement.",
			named: []string{"Mirek Topolanek"},
			rels:  []string{"appos(Mirek Topolanek, the Czech prime minister)", "subj(offered, Mirek Topolanek)"}},
		{name: "a list member after a comma is still a list", text: "Iran, Iraq and Syria condemned the plan.",
			named: []string{"Iran", "Iraq", "Syria"},
			rels:  []string{"conj(Iran, Iraq)", "subj(condemned, Iran)"}},
		{name: "relative clause inside the subject", text: "Egypt's president, who backs Hifter, also attended the talks.",
			named: []string{"Egypt's president", "Hifter"}, clauses: "relative main",
			rels: []string{"subj(backs, Egypt 's president)", "obj(backs, Hifter)", "subj(attended, Egypt 's president)", "obj(attended, the talks)"}},
		{name: "whose", text: "Serraj met Hifter, whose forces control the east.", named: []string{"Serraj", "Hifter"},
			clauses: "main relative", rels: []string{"subj(met, Serraj)", "obj(met, Hifter)", "subj(control, whose forces)"}},
		{name: "object relative", text: "The refugees whom the police detained were released.",
			clauses: "relative main", rels: []string{"subj(detained, the police)", "obj(detained, The refugees)", "subj(were released, The refugees)"}},
		{name: "reduced relative with an agent", text: "Extremists backed by Qatar attacked the town.", named: []string{"Qatar"},
			clauses: "participial main", rels: []string{"subj(backed, Extremists)", "agent(backed, Qatar)", "subj(attacked, Extremists)", "obj(attacked, the town)"}},
		{name: "participle after a comma", text: "Police opened fire on the crowd, killing three people.",
			clauses: "main participial", rels: []string{"subj(opened, Police)", "obj(opened, fire)", "subj(killing, Police)", "obj(killing, three people)"}},
		{name: "object control", text: "The United States urged Iran to release the sailors.", named: []string{"The United States", "Iran"},
			clauses: "main infinitive", rels: []string{"obj(urged, Iran)", "subj(to release, Iran)", "obj(to release, the sailors)", "comp(urged, to release)"}},
		{name: "control through a preposition", text: "The council called on Russia to withdraw its troops.", named: []string{"Russia"},
			rels: []string{"obl(called, on)", "subj(to withdraw, Russia)", "obj(to withdraw, its troops)"}},
		{name: "second object after a coordinated object", text: "The gunmen took police officers and officials hostage inside the administration building.", named: []string{"gunmen", "police officers", "officials"},
			rels: []string{"obj(took, police officers)", "conj(police officers, officials)", "obj2(took, hostage)"}},
		{name: "a relative clause between a reported subject and its verb", text: "The office said Glas, who was convicted of corruption, was a fugitive and that Mexico had abused the right of asylum.", named: []string{"Glas", "Mexico"},
			clauses: "main relative complement complement", rels: []string{"subj(was, Glas)", "comp(said, was)", "comp(said, had abused)", "subj(had abused, Mexico)"}},
		{name: "a name set off between a reported subject and its verb", text: "The opposition said its candidate, Edmundo Gonzalez, had won the vote.", named: []string{"opposition", "Edmundo Gonzalez"},
			clauses: "main complement", rels: []string{"comp(said, had won)", "subj(had won, its candidate)"}},
		{name: "told takes its object", text: "The minister told Glas, who was waiting outside, to leave.", named: []string{"Glas"},
			rels: []string{"obj(told, Glas)"}},
		{name: "a clause opened by after", text: "Okafor issued his warning days after Mensah, under heavy criticism, had agreed to hold a referendum.", named: []string{"Okafor", "Mensah"},
			rels: []string{"subj(issued, Okafor)", "subj(had agreed, Mensah)"}},
		{name: "a clause opened by before", text: "Protesters gathered before the police arrived.",
			rels: []string{"subj(gathered, Protesters)", "subj(arrived, the police)"}},
		{name: "after with a noun only", text: "Protesters gathered after the vote.",
			rels: []string{"subj(gathered, Protesters)", "pobj(after, the vote)"}},
		{name: "for and an infinitive", text: "The council called for Russia to withdraw its troops.", named: []string{"Russia"},
			rels: []string{"subj(called, The council)", "subj(to withdraw, Russia)", "obj(to withdraw, its troops)"}},
		{name: "for and a passive infinitive", text: "Rights groups pressed for the prisoners to be freed.",
			rels: []string{"subj(pressed, Rights groups)", "subj(to be freed, the prisoners)"}},
		{name: "for as a purpose, not a subject", text: "The rebels waited for hours to attack the town.",
			rels: []string{"subj(to attack, The rebels)"}},
		{name: "subject control", text: "The rebels agreed to release the hostages.",
			rels: []string{"subj(to release, The rebels)", "obj(to release, the hostages)"}},
		{name: "predicative adjective", text: "Norway is willing to send troops to Liberia.", named: []string{"Norway", "Liberia"},
			chunks: "[NP Norway] [VG is] [ADJP willing] [VG to send] [NP troops] [PP to] [NP Liberia] .",
			rels:   []string{"comp(willing, to send)", "subj(to send, Norway)"}},
		{name: "coordinated verbs share the subject", text: "Rebels ousted and killed the governor.",
			rels: []string{"subj(ousted, Rebels)", "conj(ousted, killed)", "subj(killed, Rebels)", "obj(killed, the governor)"}},
		{name: "a finite verb joins the finite one", text: "Germany urged Iran to stop and called on Russia to help.",
			named: []string{"Germany", "Iran", "Russia"}, clauses: "main infinitive main infinitive",
			rels: []string{"conj(urged, called)", "subj(called, Germany)", "subj(to help, Russia)"}},
		{name: "that complement", text: "The ministry said that troops had opened fire.",
			clauses: "main complement", rels: []string{"comp(said, had opened)", "subj(had opened, troops)"}},
		{name: "complement without that", text: "The ministry said troops had opened fire.",
			clauses: "main complement", rels: []string{"comp(said, had opened)", "subj(had opened, troops)", "obj(had opened, fire)"}},
		{name: "reporting frame at the end", text: "Iran agreed to the plan, a UN official said.", named: []string{"Iran", "UN official"},
			clauses: "main report", rels: []string{"subj(said, a UN official)", "attrib(agreed, a UN official)"}},
		{name: "inverted reporting frame", text: "Iran attacked Iraq on Monday, said the minister.", named: []string{"Iran", "Iraq"}, times: []string{"Monday"},
			clauses: "main report", rels: []string{"subj(said, the minister)", "attrib(attacked, the minister)", "obj(attacked, Iraq)"}},
		{name: "according to", text: "Serb forces shelled the town, according to the government.",
			rels: []string{"subj(shelled, Serb forces)", "attrib(shelled, the government)"}},
		{name: "condition after", text: "The rebels will free the hostages if the government releases their leader.",
			clauses: "main conditional", rels: []string{"subj(releases, the government)", "obj(will free, the hostages)"}},
		{name: "condition before", text: "If Iran attacks, Israel will respond.", named: []string{"Iran", "Israel"},
			clauses: "conditional main", rels: []string{"subj(attacks, Iran)", "subj(will respond, Israel)"}},
		{name: "adverbial clause", text: "Thirty people died when a bomb exploded near a market.",
			clauses: "main adverbial", rels: []string{"subj(exploded, a bomb)", "obl(exploded, near)"}},
		{name: "preposition or opener", text: "After talks in Cairo, the two sides signed a deal.", named: []string{"Cairo"},
			chunks: "[PP After] [NP talks] [PP in] [NP Cairo] , [NP the two sides] [VG signed] [NP a deal] .",
			rels:   []string{"subj(signed, the two sides)", "obl(signed, After)"}},
		{name: "passive with an agent", text: "The convoy was attacked by gunmen.",
			rels: []string{"subj(was attacked, The convoy)", "agent(was attacked, gunmen)"}},
		{name: "particle", text: "Moscow called up 300,000 reservists.", named: []string{"Moscow"},
			chunks: "[NP Moscow] [VG called up] [NP 300,000 reservists] .", rels: []string{"obj(called up, 300,000 reservists)"}},
		{name: "quantities", text: "More than 30 people were killed.", chunks: "[NP More than 30 people] [VG were killed] ."},
		{name: "whom as object with a predicate after the verb", text: "The sailors, whom the pirates had taken hostage, were freed.",
			rels: []string{"obj(had taken, The sailors)", "obj2(had taken, hostage)"}},
		{name: "a number counts the noun after its adjectives", text: "Police detained about 300 angry refugees.",
			chunks: "[NP Police] [VG detained] [NP about 300 angry refugees] ."},
		{name: "a counted subject with a quantity lead", text: "More than 500 young activists protested.",
			chunks: "[NP More than 500 young activists] [VG protested] ."},
		{name: "a share of a group heads its phrase", text: "Most of the rebels surrendered.",
			chunks: "[NP Most] [PP of] [NP the rebels] [VG surrendered] .", rels: []string{"subj(surrendered, Most)", "nmod(Most, of)"}},
		{name: "a fraction of a group heads its phrase", text: "One third of the soldiers have deserted.",
			chunks: "[NP One third] [PP of] [NP the soldiers] [VG have deserted] .", rels: []string{"subj(have deserted, One third)"}},
		{name: "fractions in the plural", text: "Two thirds of the voters stayed home.",
			chunks: "[NP Two thirds] [PP of] [NP the voters] [VG stayed] [NP home] ."},
		{name: "a fraction with an article", text: "A quarter of the delegates walked out.",
			rels: []string{"subj(walked out, A quarter)"}},
		{name: "possessive pronoun in a name's place", text: "The WHO repeated its demand on Friday that Sudan lift the blockade.",
			named: []string{"The WHO", "its", "Sudan"}, times: []string{"Friday"},
			rels: []string{"obj(repeated, its demand)", "comp(its demand, lift)", "subj(lift, Sudan)"}},
		{name: "a name that modifies a noun", text: "Protesters stormed the U.S. embassy in Baghdad.", named: []string{"U.S.", "Baghdad"},
			chunks: "[NP Protesters] [VG stormed] [NP the U.S. embassy] [PP in] [NP Baghdad] ."},
		{name: "title and name run on", text: "Iran rejected Iraqi President Saddam Hussein's proposal.",
			named: []string{"Iran", "Iraqi", "Saddam Hussein's"},
			rels:  []string{"obj(rejected, proposal)", "poss(proposal, Iraqi President Saddam Hussein 's)"}},
		{name: "a time word is no object", text: "Italy's premier hosted a meeting Tuesday of Libya's rival leaders.",
			named: []string{"Italy's premier", "Libya's rival leaders"}, times: []string{"Tuesday"},
			rels: []string{"obj(hosted, a meeting)", "subj(hosted, Italy 's premier)"}},
		{name: "gerund after a preposition", text: "Police accused the men of planning attacks.",
			clauses: "main participial", rels: []string{"obj(accused, the men)", "obj(planning, attacks)"}},
		{name: "purpose after a whole clause", text: "Workers began a strike to protest against the cuts.",
			clauses: "main infinitive", rels: []string{"obj(began, a strike)", "obl(to protest, against)"}},
		{name: "negation and modal", text: "The army would not withdraw.", clauses: "main"},
		{name: "bare infinitive after help", text: "Qatar pledged funds to help support the rights of Palestinians.",
			named: []string{"Qatar", "Palestinians"}, rels: []string{"comp(to help, support)", "obj(support, the rights)"}},
		{name: "bare infinitive after a modal's help", text: "Japan will help rebuild the schools of Haiti.",
			named: []string{"Japan", "Haiti"}, rels: []string{"comp(will help, rebuild)", "obj(rebuild, the schools)"}},
		{name: "bare infinitive after helped", text: "The United States helped train the Iraqi army.",
			named: []string{"The United States", "Iraqi army"}, rels: []string{"comp(helped, train)", "obj(train, the Iraqi army)"}},
		{name: "bare infinitive after let", text: "Egypt let aid trucks enter Gaza.",
			named: []string{"Egypt", "Gaza"}, rels: []string{"subj(let, Egypt)", "subj(enter, aid trucks)"}},
		{name: "a verb's object is no second verb", text: "Japan expressed regret over the incident.",
			named: []string{"Japan"}, chunks: "[NP Japan] [VG expressed] [NP regret] [PP over] [NP the incident] ."},
		{name: "an object after a particle", text: "Russia brushed aside calls for a ceasefire.",
			named: []string{"Russia"}, rels: []string{"obj(brushed aside, calls)"}},
		{name: "an adjective after a verb", text: "Troops fired live rounds at the crowd.",
			rels: []string{"obj(fired, live rounds)"}},
		{name: "a preposition's adjective-noun object", text: "The pope appealed for calm after the riots.",
			rels: []string{"pobj(for, calm)"}},
		{name: "on alert", text: "Pakistan placed its air force on alert along the border.",
			named: []string{"Pakistan"}, rels: []string{"obj(placed, its air force)", "pobj(on, alert)"}},
		{name: "a singular noun takes no plural verb", text: "Macron held a phone call with Putin.",
			named: []string{"Macron", "Putin"}, rels: []string{"obj(held, a phone call)"}},
		{name: "a modal with no verb is a noun", text: "Russia displayed its military might in Red Square.",
			named: []string{"Russia", "Red Square"}, rels: []string{"obj(displayed, its military might)"}},
		{name: "a nationality tagged as a language, before an adjective and its noun", text: "Chinese naval exercises were held near the island.",
			named: []string{"Chinese"}, chunks: "[NP Chinese naval exercises] [VG were held] [PP near] [NP the island] .",
			rels: []string{"subj(were held, Chinese naval exercises)"}},
		{name: "a name before an adjective and a noun is still its own object", text: "Washington gave Kyiv new weapons.",
			named: []string{"Washington", "Kyiv"}, chunks: "[NP Washington] [VG gave] [NP Kyiv] [NP new weapons] ."},
		{name: "a base form after was", text: "The Iranian army was put on alert.",
			named: []string{"Iranian army"}, clauses: "main", rels: []string{"subj(was put, The Iranian army)"}},
		{name: "an infinitive after a controlled object", text: "China urged North Korea to return to the negotiating table.",
			named: []string{"China", "North Korea"}, rels: []string{"subj(to return, North Korea)", "comp(urged, to return)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := sentence(t, tc.text, tc.named, tc.times)
			if tc.chunks != "" {
				if got := Chunks(s); got != tc.chunks {
					t.Errorf("chunks:\ngot  %s\nwant %s", got, tc.chunks)
				}
			}
			if tc.clauses != "" {
				var kinds []string
				for _, c := range s.Analysis.Clauses {
					kinds = append(kinds, c.Kind.String())
				}
				if got := strings.Join(kinds, " "); got != tc.clauses {
					t.Errorf("clauses: got %q, want %q", got, tc.clauses)
				}
			}
			if m := missing(s, tc.rels); len(m) > 0 {
				t.Errorf("missing relations %v\nin %s\n%s", m, Relations(s), Chunks(s))
			}
		})
	}
}

// TestVerbGroup checks what a verb group's words say.
func TestVerbGroup(t *testing.T) {
	tests := []struct {
		text string
		want dateline.VerbGroup
	}{
		{"Iran attacked Iraq.", dateline.VerbGroup{Tense: dateline.TensePast, Finite: true}},
		{"Iran will attack Iraq.", dateline.VerbGroup{Tense: dateline.TenseFuture, Modal: "will", Finite: true}},
		{"Iran did not attack Iraq.", dateline.VerbGroup{Tense: dateline.TensePast, Neg: true, Finite: true}},
		{"Iran has never attacked Iraq.", dateline.VerbGroup{Tense: dateline.TensePresent, Neg: true, Perfect: true, Finite: true}},
		{"Iraq was attacked.", dateline.VerbGroup{Tense: dateline.TensePast, Passive: true, Finite: true}},
		{"Iraq could have been attacked.", dateline.VerbGroup{Modal: "could", Passive: true, Perfect: true, Finite: true}},
		{"Iran is attacking Iraq.", dateline.VerbGroup{Tense: dateline.TensePresent, Progressive: true, Finite: true}},
		{"Iran wouldn't attack Iraq.", dateline.VerbGroup{Modal: "would", Neg: true, Finite: true}},
	}
	for _, tc := range tests {
		s := sentence(t, tc.text, nil, nil)
		an := s.Analysis
		if len(an.Clauses) == 0 {
			t.Errorf("%s: no clause", tc.text)
			continue
		}
		got := an.Chunks[an.Clauses[0].Verb].Verb
		got.Particle = 0
		if got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.text, got, tc.want)
		}
	}
}

// TestLemmas checks that verb and noun forms find their base forms,
// irregular ones included.
func TestLemmas(t *testing.T) {
	s := sentence(t, "Soldiers fought and seized towns after rebels stopped the crises.", nil, nil)
	want := map[string]string{"Soldiers": "soldier", "fought": "fight", "seized": "seize", "towns": "town", "stopped": "stop", "crises": "crisis"}
	for i, tok := range s.Tokens {
		if w, ok := want[tok.Text]; ok && s.Analysis.Words[i].Lemma != w {
			t.Errorf("%s: lemma %q, want %q", tok.Text, s.Analysis.Words[i].Lemma, w)
		}
	}
}

// TestRegularPlurals checks that a plural noun no word table knows finds
// its singular by the regular plural ("warplanes": warplane), and that a
// word whose "s" is no plural keeps it.
func TestRegularPlurals(t *testing.T) {
	for _, tt := range []struct{ text, word, want string }{
		{"French warplanes struck the convoy.", "warplanes", "warplane"},
		{"The gunboats patrolled the strait.", "gunboats", "gunboat"},
		{"Airstrikes hit the militias' hideouts.", "hideouts", "hideout"},
		{"The junta banned the newsletters.", "newsletters", "newsletter"},
	} {
		s := sentence(t, tt.text, nil, nil)
		found := false
		for i, tok := range s.Tokens {
			if tok.Text == tt.word {
				found = true
				if got := s.Analysis.Words[i].Lemma; got != tt.want {
					t.Errorf("%q: %s: lemma %q, want %q", tt.text, tok.Text, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.text, tt.word)
		}
	}
	for _, w := range []string{"press", "census", "crisis", "bus"} {
		if got := RegularNounLemma(w); got != w {
			t.Errorf("RegularNounLemma(%q) = %q, want it unchanged", w, got)
		}
	}
	for w, want := range map[string]string{"rallies": "rally", "sketches": "sketch", "boxes": "box", "warplanes": "warplane"} {
		if got := RegularNounLemma(w); got != want {
			t.Errorf("RegularNounLemma(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestNounVerbLemmas checks that the forms of a noun used as a verb, which
// the table lacks, find the noun as their lemma ("cordoned": cordon), and
// that a verb the table knows keeps its own.
func TestNounVerbLemmas(t *testing.T) {
	for _, tt := range []struct{ text, word, want string }{
		{"Police cordoned off the square.", "cordoned", "cordon"},
		{"Troops were cordoning off the district.", "cordoning", "cordon"},
		{"Soldiers seized the town.", "seized", "seize"},
	} {
		s := sentence(t, tt.text, nil, nil)
		for i, tok := range s.Tokens {
			if tok.Text == tt.word && s.Analysis.Words[i].Lemma != tt.want {
				t.Errorf("%q: %s: lemma %q, want %q", tt.text, tok.Text, s.Analysis.Words[i].Lemma, tt.want)
			}
		}
	}
}

// TestCompoundPast checks that a hyphenated word whose last part is a past
// form is read as a finite verb where the sentence needs one ("Police
// baton-charged a crowd") and stays an adjective before a noun ("U.N.-backed
// forces", "the government-backed militia").
func TestCompoundPast(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       dateline.Tag
	}{
		{"Police baton-charged a crowd of farmers.", "baton-charged", dateline.TagVBD},
		{"Troops tear-gassed the marchers on Monday.", "tear-gassed", dateline.TagVBD},
		{"U.N.-backed forces attacked the town.", "U.N.-backed", dateline.TagJJ},
		{"The government-backed militia attacked the town.", "government-backed", dateline.TagJJ},
		{"A Moscow-based group said the vote was rigged.", "Moscow-based", dateline.TagJJ},
	} {
		s := sentence(t, tt.text, nil, nil)
		for i, tok := range s.Tokens {
			if tok.Text == tt.word && s.Analysis.Words[i].Tag != tt.want {
				t.Errorf("%q: %s: tag %v, want %v", tt.text, tok.Text, s.Analysis.Words[i].Tag, tt.want)
			}
		}
	}
}

// TestNoPanic analyses odd token runs: the stage must never fail.
func TestNoPanic(t *testing.T) {
	for _, text := range []string{"", ",", "to", "that that that", "The the the", "'s 's", "and and", "who", "(", "Said said said said.",
		"according", "according to", "if", "was", "not", "to to to to attack"} {
		sentence(t, text, nil, nil)
	}
}

// TestAnalysisKept checks that a sentence's analysis stays as it was while
// later sentences are analysed: the stage reuses its scratch space, never
// the slices it handed out.
func TestAnalysisKept(t *testing.T) {
	texts := []string{
		"Egypt's president, who backs Hifter, also attended, officials said.",
		"The European Union gave Kenya 40 million euros in drought aid on Monday.",
		"If Iran attacks, Israel will respond.",
		"Chile and Peru have agreed to hold joint naval drills.",
	}
	var sents []*dateline.Sentence
	var want []dateline.Analysis
	for _, text := range texts {
		s := sentence(t, text, nil, nil)
		sents = append(sents, s)
		an := *s.Analysis
		an.Words, an.Chunks = slices.Clone(an.Words), slices.Clone(an.Chunks)
		an.Clauses, an.Rels = slices.Clone(an.Clauses), slices.Clone(an.Rels)
		want = append(want, an)
	}
	for i, s := range sents {
		got, w := s.Analysis, want[i]
		if !slices.Equal(got.Words, w.Words) || !slices.Equal(got.Chunks, w.Chunks) || !slices.Equal(got.Clauses, w.Clauses) || !slices.Equal(got.Rels, w.Rels) {
			t.Errorf("%s: after later sentences got %+v, want %+v", texts[i], *got, w)
		}
	}
}

// TestAnalyzeConcurrent analyses the same sentences from several
// goroutines at once (run it with -race): each gets the analysis one
// goroutine alone gives.
func TestAnalyzeConcurrent(t *testing.T) {
	texts := []string{
		"Egypt's president, who backs Hifter, also attended, officials said.",
		"The European Union gave Kenya 40 million euros in drought aid on Monday.",
		"If Iran attacks, Israel will respond.",
		"Indian and Chinese troops clashed along the disputed border in Ladakh.",
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = Explain(sentence(t, text, nil, nil))
	}
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for n := range 50 {
				i := (g + n) % len(texts)
				s := &dateline.Sentence{Span: dateline.Span{End: len(texts[i])}, Text: texts[i], Tokens: segment.Tokens(texts[i], 0, len(texts[i]))}
				a.Analyze(s, Hints{})
				if got := Explain(s); got != want[i] {
					t.Errorf("%s: got\n%s\nwant\n%s", texts[i], got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"The European Union gave Kenya 40 million euros in drought aid on Monday.", "If Iran attacks, Israel will respond.",
		"Egypt's president, who backs Hifter, also attended, officials said."} {
		f.Add(s)
	}
	a, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := &dateline.Sentence{Text: text, Tokens: segment.Tokens(text, 0, len(text))}
		an := a.Analyze(s, Hints{})
		for _, c := range an.Chunks {
			if c.From < 0 || c.To > len(s.Tokens) || c.From >= c.To || c.Head < c.From || c.Head >= c.To {
				t.Fatalf("bad chunk %+v in %q", c, text)
			}
		}
		for _, r := range an.Rels {
			if r.From < 0 || r.To < 0 || r.From >= len(an.Chunks) || r.To >= len(an.Chunks) {
				t.Fatalf("bad relation %+v in %q", r, text)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	text := "Egypt's President Abdel-Fattah el-Sissi, who backs Hifter, also attended the meeting in Palermo on Tuesday, Italian officials said."
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	s := &dateline.Sentence{Text: text, Tokens: segment.Tokens(text, 0, len(text))}
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(s, Hints{})
	}
}
