package event

import (
	"strings"
	"testing"
	"testing/fstest"

	"dateline"
)

// testLexicon is a small lexicon in the real format, so these tests pin the
// coder's behaviour, not the shipped lexicon's contents.
func testLexicon(t testing.TB) *Lexicon {
	t.Helper()
	fsys := fstest.MapFS{
		"codes.tsv": {Data: []byte("# cameo\tgoldstein\tplover\tmode\tname\n" +
			"010\t0.0\t\t\tMake statement\n" +
			"040\t1.0\tCONSULT\t\tConsult\n" +
			"043\t2.8\tCONSULT\tvisit\tHost a visit\n" +
			"044\t2.5\tCONSULT\tthird-party\tMeet at third location\n" +
			"051\t3.4\tSUPPORT\t\tPraise or endorse\n" +
			"112\t-2.0\tACCUSE\t\tAccuse\n" +
			"1041\t-5.0\tREQUEST\t\tDemand leadership change\n" +
			"0241\t-0.3\tREQUEST\t\tAppeal for leadership change\n" +
			"138\t-7.0\tTHREATEN\t\tThreaten with military force\n" +
			"190\t-10.0\tASSAULT\t\tUse conventional military force\n" +
			"057\t8.0\tAGREE\t\tSign formal agreement\n" +
			"036\t4.0\tAGREE\t\tExpress intent to meet\n" +
			"125\t-5.0\tREJECT\t\tReject proposal to meet\n" +
			"120\t-4.0\tREJECT\t\tReject\n" +
			"140\t-6.5\tPROTEST\t\tProtest\n" +
			"145\t-7.5\tPROTEST\t\tViolent protest\n" +
			"1823\t-10.0\tASSAULT\t\tKill by physical assault\n" +
			"016\t3.4\t\t\tDeny responsibility\n" +
			"163\t-8.0\tCOERCE\t\tImpose embargo or sanctions\n" +
			"020\t3.0\tREQUEST\t\tAppeal\n" +
			"0814\t7.0\tRETREAT\t\tEase state of emergency\n" +
			"203\t-10.0\tASSAULT\t\tEthnic cleansing\n" +
			"150\t-7.2\tMOBILIZE\t\tMilitary exercises\n" +
			"143\t-6.5\tPROTEST\t\tStrike\n" +
			"100\t-5.0\tREQUEST\t\tDemand\n" +
			"175\t-9.0\tASSAULT\t\tRepress\n" +
			"030\t4.0\tAGREE\t\tExpress intent to cooperate\n")},
		"inflections.tsv": {Data: []byte("meet\tmeets,met,meeting\nsay\tsays,said,saying\nhold\tholds,held,holding\n")},
		"verbs.txt": {Data: []byte("# test lexicon\n" +
			"120\t+reject\n" +
			"140\t+protest\n" +
			"020\t+call on TARGET to\n" +
			"145\t+storm [the] ~building\n" +
			"1823\t~murder\n" +
			"175\ttear ~gas\n" +
			"112\t+accuse\n" +
			"016\t+deny ~responsibility\n" +
			"163\t~sanction on|against\n" +
			"100\t+demand\n" +
			"0814\t+ease ~measure\n" +
			"203\tethnic ~cleansing\n" +
			"030\t+agree to\n" +
			"150\tmilitary ~exercise\n" +
			"120\topposed to\n" +
			"143\t+hold [a] [general] ~strike\n" +
			"100\t~demand\n" +
			"030\t+propose\n" +
			"175\t+disperse\n" +
			"190\t+open fire\n" +
			"010\t+say\n" +
			"040\t+meet [with]\n" +
			"043\t+host ... ~meeting|~talks\n" +
			"044\ta ~handshake\n" +
			"051\t+back\n" +
			"112\t+accuse TARGET of\n" +
			"0241\t+call on TARGET to +resign\n" +
			"138\t+threaten to +attack\n" +
			"190\t+attack\n" +
			"190\t+kill\n" +
			"057\t+sign [a] ~deal|~agreement\n" +
			"030\t+agree\n")},
	}
	l, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// parse reads a sentence with actor mentions marked "[text|CODE]" and returns
// the sentence, tokenised, and its mentions. A code of 3 letters is a country
// (kind country), longer ones an agent; a leading @ makes a person and a
// leading --- an actor with no country.
func parse(t testing.TB, marked string) (dateline.Sentence, []dateline.Mention) {
	t.Helper()
	var text strings.Builder
	var mentions []dateline.Mention
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			text.WriteString(marked)
			break
		}
		text.WriteString(marked[:i])
		j := strings.IndexByte(marked[i:], ']')
		inner := marked[i+1 : i+j]
		words, code, _ := strings.Cut(inner, "|")
		kind := dateline.KindAgent
		name := words
		if strings.HasPrefix(code, "@") {
			kind, code = dateline.KindPerson, code[1:]
		} else if len(code) == 3 {
			kind = dateline.KindCountry
		}
		country := code[:3]
		if country == "---" {
			country, code = "", code[3:]
		}
		m := dateline.Mention{Span: dateline.Span{Start: text.Len(), End: text.Len() + len(words)}, Text: words, Kind: kind,
			Actor: dateline.Actor{Name: name, Country: country, Sector: strings.TrimPrefix(code, country), Code: code}}
		mentions = append(mentions, m)
		text.WriteString(words)
		marked = marked[i+j+1:]
	}
	s := dateline.Sentence{Text: text.String(), Span: dateline.Span{End: text.Len()}}
	s.Tokens = tokens(s.Text)
	return s, mentions
}

// tokens is a small tokenizer for tests: words, "'s", "n't" and punctuation.
func tokens(s string) []dateline.Token {
	var out []dateline.Token
	add := func(a, b int) {
		out = append(out, dateline.Token{Span: dateline.Span{Start: a, End: b}, Text: s[a:b], Lower: strings.ToLower(s[a:b])})
	}
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case strings.IndexByte(",.;:\"()", c) >= 0:
			add(i, i+1)
			i++
		default:
			j := i
			for j < len(s) && s[j] != ' ' && strings.IndexByte(",;:\"()", s[j]) < 0 && !(s[j] == '.' && (j+1 == len(s) || s[j+1] == ' ')) {
				j++
			}
			w := s[i:j]
			switch {
			case strings.HasSuffix(w, "'s"):
				add(i, j-2)
				add(j-2, j)
			case strings.HasSuffix(w, "n't"):
				add(i, j-3)
				add(j-3, j)
			default:
				add(i, j)
			}
			i = j
		}
	}
	return out
}

// describe renders found events as "CODE SRC>TGT modality", one per pair.
func describe(s dateline.Sentence, ms []dateline.Mention, fs []Found) []string {
	var out []string
	for _, f := range fs {
		tg := []string{"-"}
		if len(f.Targets) > 0 {
			tg = nil
			for _, t := range f.Targets {
				tg = append(tg, ms[t].Actor.Code)
			}
		}
		var src []string
		for _, x := range f.Sources {
			src = append(src, ms[x].Actor.Code)
		}
		d := f.Code.CAMEO + " " + strings.Join(src, "+") + ">" + strings.Join(tg, "+")
		if f.Modality != dateline.Asserted {
			d += " " + string(f.Modality)
		}
		if f.Reciprocal {
			d += " reciprocal"
		}
		if f.Unidentified {
			d += " unidentified"
		}
		out = append(out, d)
	}
	return out
}

func TestFind(t *testing.T) {
	l := testLexicon(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"active", "[Italy's premier|ITAGOV] hosted a meeting of [Libya's rival leaders|LBYGOV] on Tuesday.", []string{"043 ITAGOV>LBYGOV"}},
		{"passive with by", "[Two soldiers|USAMIL] were killed by [rebels|AFGREB] on Sunday.", []string{"190 AFGREB>USAMIL"}},
		{"participle with by", "He accuses them of working with [extremists|---RAD] backed by [Qatar|QAT].", []string{"051 QAT>RAD"}},
		{"passive without agent: unidentified attacker", "[Two soldiers|USAMIL] were killed on Sunday.", []string{"190 >USAMIL unidentified"}},
		{"killed by a crash named after a country: no attack", "Victims were killed by the [Malaysia|MYS] Airlines crash.", nil},
		{"passive in an accident: no attacker", "[Two soldiers|USAMIL] were killed in a car crash on Sunday.", nil},
		{"passive with the attacker named by its weapon", "[Two soldiers|USAMIL] were killed in [Israeli|ISR] tank shelling.", nil},
		{"threatened act after a time word is not done", "[Druze villagers|---CVL] threatened today to hold a general strike.", []string{"143 CVL>- hypothetical"}},
		{"a base form after a preposition is a noun", "[Rebels|---REB] prepared for attack.", nil},
		{"a noun after this is no verb", "[Prisoners|PSECVL] rioted at this attack site.", nil},
		{"weapon as subject: unidentified attacker", "A roadside bombing near Samarra killed [one U.S. soldier|USAMIL].", []string{"190 >USAMIL unidentified"}},
		{"weapon after by: unidentified attacker", "[Two soldiers|USAMIL] were killed by a roadside bomb.", []string{"190 >USAMIL unidentified"}},
		{"disaster kills: no attacker", "The earthquake killed [300 people|---CVL].", nil},
		{"passive with a disaster: no attacker", "[Two soldiers|USAMIL] were killed by a landslide.", nil},
		{"weapon with no actor hit: no event", "A bomb killed five.", nil},
		{"military as an adjective", "[Britain|GBR] agreed to resume [military|---MIL] aid to [Mozambique|MOZ].", []string{"030 GBR>MOZ"}},
		{"participle after its noun", "[The PKK|TURREB] issued a statement demanding that [the Turkish government|TURGOV] free prisoners.", []string{"100 TURREB>TURGOV"}},
		{"relative clause", "The office of [Egyptian President el-Sissi|@EGYGOV], who backs [Hiftar|@LBYMIL], confirmed it.", []string{"051 EGYGOV>LBYMIL"}},
		{"target slot", "[Hifter|@LBYMIL] accuses [representatives from the Tripoli side|LBYGOV] of lying.", []string{"112 LBYMIL>LBYGOV"}},
		{"between", "Photos show a handshake between [the prime minister|LBYGOV], [Fayez Serraj|@LBYGOV], and rival [Gen. Khalifa Hifter|@LBYMIL].", []string{"044 LBYGOV>LBYMIL"}},
		{"coordinated sources agree with each other", "[Jordan|JOR] and [Britain|GBR] have agreed to hold exercises.", []string{"030 JOR+GBR>- reciprocal"}},
		{"coordinated targets", "[Russia|RUS] attacked [Iran|IRN] and [Turkey|TUR].", []string{"190 RUS>IRN+TUR"}},
		{"negated", "[Hifter|@LBYMIL] did not meet [Serraj|@LBYGOV].", []string{"040 LBYMIL>LBYGOV negated"}},
		{"negated clitic", "[Hifter|@LBYMIL] wasn't meeting [Serraj|@LBYGOV].", []string{"040 LBYMIL>LBYGOV negated"}},
		{"neither nor", "Neither [Hiftar|@LBYMIL] nor [el-Sissi|@EGYGOV] attacked [Conte|@ITAGOV].", []string{"190 LBYMIL+EGYGOV>ITAGOV negated"}},
		{"announced attack is a threat", "[Egypt|EGY] will attack [Libya|LBY].", []string{"138 EGY>LBY"}},
		{"planned attack is a threat", "[Egypt|EGY] plans to attack [Libya|LBY].", []string{"138 EGY>LBY"}},
		{"announced meeting is an intent", "[Egypt|EGY] said it would meet [Libya|LBY] soon.", []string{"036 EGY>LBY"}},
		{"would without report is hypothetical", "[Egypt|EGY] would attack [Libya|LBY].", []string{"190 EGY>LBY hypothetical"}},
		{"negated future stays negated", "[Egypt|EGY] will not attack [Libya|LBY].", []string{"190 EGY>LBY negated"}},
		{"conditional", "If [Egypt|EGY] attacks [Libya|LBY], prices rise.", []string{"190 EGY>LBY hypothetical"}},
		{"modal", "[Egypt|EGY] could attack [Libya|LBY].", []string{"190 EGY>LBY hypothetical"}},
		{"threat is its own event", "[Iran|IRN] threatened to attack [Iraq|IRQ].", []string{"138 IRN>IRQ"}},
		{"denied", "[Israel|ISR] denied attacking [Lebanon|LBN].", []string{"190 ISR>LBN negated"}},
		{"gerund complement", "[Hifter|@LBYMIL] accuses [them|LBYGOV] of attacking [militias|LBYREB].", []string{"112 LBYMIL>LBYGOV", "190 LBYGOV>LBYREB hypothetical"}},
		{"shared subject after but", "[Hifter|@LBYMIL] wasn't attending but rather meeting with [leaders|---GOV] there.", []string{"040 LBYMIL>GOV"}},
		{"statement only when nothing else", "[Italy|ITA] said the meeting was cordial.", []string{"010 ITA>-"}},
		{"statement dropped beside an event", "[Italy|ITA] said [Egypt|EGY] attacked [Libya|LBY].", []string{"190 EGY>LBY"}},
		{"call on", "[The opposition|ZWEOPP] called on [President Mugabe|@ZWEGOV] to resign.", []string{"0241 ZWEOPP>ZWEGOV"}},
		{"appositive names the person", "[The president|EGYGOV], [Abdel-Fattah el-Sissi|@EGYGOV], met [Conte|@ITAGOV].", []string{"040 EGYGOV>ITAGOV"}},
		{"including list", "Other [leaders|---GOV] at the summit, including [French Foreign Minister Le Drian|@FRAGOV] and [Russian Prime Minister Medvedev|@RUSGOV], also met [Conte|@ITAGOV].", []string{"040 FRAGOV+RUSGOV>ITAGOV"}},
		{"no source, no event", "A meeting was hosted on Tuesday.", nil},
		{"reduced relative without agent", "There were 10 [Russian soldiers|RUSMIL] killed in Ukraine today.", []string{"190 >RUSMIL unidentified"}},
		{"reduced relative with agent", "[Civilians|SYRCVL] killed by [government forces|SYRMIL] were buried.", []string{"190 SYRMIL>SYRCVL"}},
		{"passive agent after a time word", "[The prisoners|RUSCVL] were killed yesterday by [guards|RUSCOP].", []string{"190 RUSCOP>RUSCVL"}},
		{"announced refusal", "[Obama|@USAGOV] said he would not meet [Putin|@RUSGOV].", []string{"125 USAGOV>RUSGOV"}},
		{"serial comma list", "[The US|USA], [Russia|RUS], and [Switzerland|CHE] met yesterday.", []string{"040 USA+RUS+CHE>- reciprocal"}},
		{"participle after a verb is an adjective", "[The Palestinians|PSE] rejected proposed [Israeli|ISR] changes.", []string{"120 PSE>ISR"}},
		{"a noun in a verb's object is referred to", "[South Korea|KOR] rejected [North Korea|PRK] 's demand.", []string{"120 KOR>PRK"}},
		{"force used to a purpose hits its object", "[Egyptian police|EGYCOP] opened fire to disperse [demonstrators|EGYCVL].", []string{"190 EGYCOP>EGYCVL", "175 EGYCOP>EGYCVL hypothetical"}},
		{"a pattern word that is an agent is no actor", "[Workers|SYRCVL] held a [general|---MIL] strike.", []string{"143 SYRCVL>-"}},
		{"an aspect verb keeps the infinitive's modality", "[The army|MKDMIL] prepared to resume attacking [rebels|ALBREB].", []string{"138 MKDMIL>ALBREB"}},
		{"a participle with its object is the main verb", "[North Korea|PRK] killed [inspectors|---CVL] of [the agency|IGOUNO], after it had left.", []string{"190 PRK>CVL"}},
		{"predicate after be takes the subject", "[Israel|ISR] is opposed to [French|FRA] mediation.", []string{"120 ISR>FRA"}},
		{"verb with between acts on both parties", "[Morocco|MAR] hosted a meeting between [Israel|ISR] and [the PLO|PSEPTY].", []string{"043 MAR>ISR+PSEPTY"}},
		{"a light verb lends its subject to the noun", "[Serb forces|SRBMIL] were engaged in ethnic cleansing in Kosovo.", []string{"203 SRBMIL>-"}},
		{"an act agreed to is no second intent", "[Jordan|JOR] and [Britain|GBR] agreed to undertake military exercises.", []string{"030 JOR+GBR>- reciprocal", "150 JOR+GBR>- future"}},
		{"a mention inside a phrase is not the subject", "[The Turkish|TUR] and [Greek sides|GRC] of the island of [Cyprus|CYP] have agreed to share maps.", []string{"030 TUR+GRC>- reciprocal"}},
		{"an object is not sought past a comma and a subordinator", "[Serbia|SRB] eased measures on Wednesday, as [authorities in Croatia|HRVGOV] cracked down.", []string{"0814 SRB>-"}},
		{"a statement of what another must do is a demand", "[The Bush administration|USAGOV] said Tuesday that [China|CHN] must drop barriers.", []string{"100 USAGOV>CHN"}},
		{"what another should do is an appeal", "[Egypt|EGY] said [Israel|ISR] should withdraw.", []string{"020 EGY>ISR"}},
		{"a verb after a possessive is a noun", "[South Korea|KOR] rejected [North Korea|PRK] 's consistent demand.", []string{"120 KOR>PRK"}},
		{"a time word inside a phrase", "[Italy|ITA] hosted a meeting Tuesday with [Libya|LBY].", []string{"043 ITA>LBY"}},
		{"a list with articles imposes together", "[The United States|USA], the [European Union|IGOEUR], [Britain|GBR] and [Canada|CAN] imposed sanctions on [Belarus|BLR].", []string{"163 USA+IGOEUR+GBR+CAN>BLR"}},
		{"fired as a light verb", "[Police|KENCOP] fired tear gas at [protesters|KENCVL].", []string{"175 KENCOP>KENCVL"}},
		{"a denial does not reach the next verb", "[Serb leaders|BIHGOV] denied responsibility and accused [fighters|BIHREB].", []string{"112 BIHGOV>BIHREB"}},
		{"troops storming is force, not protest", "[Troops|RUSMIL] stormed the building.", []string{"190 RUSMIL>-"}},
		{"a charge is not the act", "[Police|LBRCOP] attacked [a leader|LBRREB] charged with murder.", []string{"190 LBRCOP>LBRREB"}},
		{"time words between reporter and pronoun", "[The candidate|PEROPP] said on Friday he would attack [the capital|PERGOV].", []string{"138 PEROPP>PERGOV"}},
		{"a general strike is no officer", "[The opposition|UKROPP] called on [students|UKRCVL] to join a [general|---MIL] strike.", []string{"020 UKROPP>UKRCVL"}},
		{"a verb form before an acting actor is its modifier", "[Troops|THAMIL] attacked [the camp|THAGOV], and protest [leaders|THAOPP] surrendered.", []string{"190 THAMIL>THAGOV"}},
		{"coordinated passive participles", "[Twenty people|LBNCVL] were killed or attacked.", []string{"190 >LBNCVL unidentified", "190 >LBNCVL unidentified"}},
		{"new clause after comma and", "[Rebels|SYRREB] attacked [Homs|SYR], and [it|SYR] was shelled.", []string{"190 SYRREB>SYR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ms := parse(t, tt.in)
			got := describe(s, ms, l.Find(&s, ms))
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	codes := "040\t1.0\tCONSULT\t\tConsult\n"
	tests := []struct{ name, codes, verbs, want string }{
		{"unknown code", codes, "999\t+meet\n", "verbs.txt:1: code 999 is not in codes.tsv"},
		{"two targets", codes, "040\t+meet TARGET TARGET\n", "verbs.txt:1: TARGET appears 2 times"},
		{"no word", codes, "# c\n040\tTARGET\n", "verbs.txt:2: pattern \"TARGET\" has no word"},
		{"bad goldstein", "040\tx\tCONSULT\t\tConsult\n", "040\t+meet\n", "codes.tsv:1: bad Goldstein value \"x\""},
		{"gap at the end", codes, "040\t+meet ...\n", "verbs.txt:1: pattern \"+meet ...\": a gap must lie between words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"codes.tsv": {Data: []byte(tt.codes)}, "verbs.txt": {Data: []byte(tt.verbs)}, "inflections.tsv": {Data: nil}})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestInflections(t *testing.T) {
	tests := []struct{ lemma, want string }{
		{"+accuse", "accuse accuses accused accusing"},
		{"+try", "try tries tried trying"},
		{"+push", "push pushes pushed pushing"},
		{"+die", "die dies died dying"},
		{"~crisis", "crisis crisises"},
		{"~talk", "talk talks"},
	}
	for _, tt := range tests {
		if got := strings.Join(expand(tt.lemma, nil), " "); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.lemma, got, tt.want)
		}
	}
}
