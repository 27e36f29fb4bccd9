package pipeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/story"
)

// Verb forms and participle clauses the clause analysis read wrong (issue
// 11): a past form may be a finite verb or a participle that modifies a
// noun, and which one it is decides the main clause. Each family is one
// construction in several countries, actors and tenses; none is a dev
// sentence.

// clauseRow is a sentence, a verb in it as written, and the clause that
// verb must head: its kind and voice ("main active", "participial passive").
type clauseRow struct {
	name, text, verb, want string
}

func testClauseRows(t *testing.T, rows []clauseRow) {
	t.Helper()
	c := newCoder(t)
	ref, _ := time.Parse(time.DateOnly, d)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			st, err := story.ReadText("test.txt", []byte(tt.text), story.Options{Date: ref})
			if err != nil {
				t.Fatal(err)
			}
			st.Published = ref
			res, err := c.Code(context.Background(), &st)
			if err != nil {
				t.Fatal(err)
			}
			if got := verbClause(res.Sentences, tt.verb); got != tt.want {
				t.Errorf("%q: got %q, want %q", tt.verb, got, tt.want)
			}
		})
	}
}

// verbClause returns "KIND VOICE" of the clause whose verb group holds
// the word verb, or "none".
func verbClause(ss []dateline.Sentence, verb string) string {
	for i := range ss {
		s := &ss[i]
		an := s.Analysis
		if an == nil {
			continue
		}
		for _, c := range an.Clauses {
			ch := an.Chunks[c.Verb]
			for w := ch.From; w < ch.To; w++ {
				if !strings.EqualFold(s.Tokens[w].Text, verb) {
					continue
				}
				voice := "active"
				if ch.Verb.Passive {
					voice = "passive"
				}
				return c.Kind.String() + " " + voice
			}
		}
	}
	return "none"
}

// TestParticipleOnObject: a past form right after the noun of a
// preposition's phrase, with a phrase of its own and no object, describes
// that noun ("fired at protesters gathered in the square"); the verb
// before it stays the main verb.
func TestParticipleOnObject(t *testing.T) {
	testClauseRows(t, []clauseRow{
		{"fired at, gathered: the main verb", "Kenyan police fired at protesters gathered outside parliament in Nairobi.", "fired", "main active"},
		{"fired at, gathered: the participle", "Kenyan police fired at protesters gathered outside parliament in Nairobi.", "gathered", "participial passive"},
		{"fired on, massed", "Iraqi police fired on demonstrators massed on a bridge in Baghdad.", "fired", "main active"},
		{"shot at, camped", "Thai soldiers shot at students camped near the parliament in Bangkok.", "shot", "main active"},
		{"marched on, stationed", "Protesters marched on the barracks stationed outside the city.", "marched", "main active"},
	})
	testLexRows(t, []lexRow{
		{"fired at protesters gathered", d, "Kenyan police fired at protesters gathered outside parliament in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"fired on demonstrators gathered", d, "Venezuelan troops fired on demonstrators gathered near the presidential palace in Caracas.", "17", "VENMIL>VENOPP", ""},
		{"have fired on students camped", d, "Hong Kong police have fired on students camped outside the government offices.", "17", "HKGCOP>HKGCVL", ""},
		{"fired at protesters massed", d, "Iraqi police fired at protesters massed on a bridge in Baghdad last week.", "17", "IRQCOP>IRQOPP", ""},
	})
}

// TestParticipleOnSubject: a participle that modifies the subject (a
// reduced relative: "troops backed by tanks", "rebels armed with rifles")
// leaves the verb after it the main verb, and its "by" phrase is an actor
// only when it names one: equipment backs no one.
func TestParticipleOnSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"backed by tanks: no support", d, "Troops backed by tanks attacked the town.", "05", "", ""},
		{"backed by tanks stormed: no support", d, "Syrian troops backed by tanks stormed the town of Qusayr.", "05", "", ""},
		{"supported by armoured vehicles: no support", d, "Nigerian soldiers supported by armoured vehicles attacked Boko Haram camps.", "05", "", ""},
		{"backed by drones: no support", d, "Ethiopian forces backed by drones attacked Tigrayan rebels on Monday.", "05", "", ""},
		{"backed by a country: its backing stays", d, "Militias backed by Iran attacked the US base in Iraq.", "051", "IRN>IRQUAF", ""},
		{"backed by a country: its backing, in the present", d, "The Houthi rebels are backed by Iran.", "051", "IRN>YEMREB", ""},
		{"backed by tanks stormed: the attack", d, "Syrian troops backed by tanks stormed the town of Qusayr.", "19", "SYRMIL>", ""},
		{"backed by a country: the attack is the militia's", d, "Militias backed by Iran attacked the US base in Iraq.", "190", "IRQUAF>USA", ""},
		{"armed with rifles: the attack", d, "Rebels armed with rifles attacked the village near Goma.", "18", "CODREB>CODCVL", ""},
		{"loyal to the president: the attack", d, "Forces loyal to the president attacked the port of Aden.", "19", "YEMMIL>YEM", ""},
	})
	testClauseRows(t, []clauseRow{
		{"backed by tanks attacked", "Troops backed by tanks attacked the town.", "attacked", "main active"},
		{"backed by Iran attacked", "Militias backed by Iran attacked the base.", "backed", "participial passive"},
		{"armed with rifles attacked", "Rebels armed with rifles attacked the village.", "attacked", "main active"},
	})
}

// TestVerbAfterPassiveAnd: after a passive and "and", a past form that is
// mostly a past tense, with no object and no "by" after it, is a verb of
// its own in the active ("were displaced and fled to Kenya"); a
// participle shares the passive's auxiliary ("were arrested and charged
// with treason").
func TestVerbAfterPassiveAnd(t *testing.T) {
	testClauseRows(t, []clauseRow{
		{"displaced and fled", "Thousands of villagers were displaced and fled to Kenya.", "fled", "main active"},
		{"displaced: the passive", "Thousands of villagers were displaced and fled to Kenya.", "displaced", "main passive"},
		{"attacked and fled", "Dozens of Rohingya were attacked and fled to Bangladesh in 2017.", "fled", "main active"},
		{"released and returned", "The two journalists were released and returned to Britain on Friday.", "returned", "main active"},
		{"beaten and marched", "Students were beaten by police and marched to the parliament in Nairobi.", "marched", "main active"},
		{"arrested and charged: shared", "Two opposition leaders were arrested and charged with treason in Kampala.", "charged", "main passive"},
		{"killed or wounded: shared", "Five Malian soldiers were killed or wounded in the attack.", "wounded", "main passive"},
		{"attacked and robbed by: shared", "The aid workers were attacked and robbed by gunmen near Bangui.", "robbed", "main passive"},
	})
}

// TestParticipleBeforeVerb: a past form right after the subject's noun,
// followed by a time, a phrase or a "by" phrase and then the clause's
// verb, is a participle about the noun ("the soldiers arrested last week
// were released"); with an object after it, it is the verb ("the
// soldiers arrested the protesters").
func TestParticipleBeforeVerb(t *testing.T) {
	testClauseRows(t, []clauseRow{
		{"arrested last week were released", "The soldiers arrested last week were released.", "arrested", "participial passive"},
		{"arrested last week: the main verb", "The soldiers arrested last week were released.", "released", "main passive"},
		{"captured last month were freed", "The Pakistani soldiers captured last month were freed by the Taliban.", "captured", "participial passive"},
		{"detained on Monday have been released", "The Turkish journalists detained on Monday have been released.", "detained", "participial passive"},
		{"arrested with an object", "The soldiers arrested the protesters.", "arrested", "main active"},
		{"arrested on a day with an object", "Egyptian police arrested on Monday three journalists in Cairo.", "arrested", "main active"},
		{"accused of, then the verb", "The man accused of the bombing was arrested in Paris.", "arrested", "main passive"},
		{"accused of: a participle", "The man accused of the bombing was arrested in Paris.", "accused", "participial passive"},
		{"carrying aid was attacked", "A convoy carrying aid was attacked near Aleppo.", "attacked", "main passive"},
		{"detained in March went", "Opposition leaders detained in March went on hunger strike.", "went", "main active"},
	})
	testModalRows(t, []modalRow{
		{"accused of the bombing was arrested: asserted", "The Algerian man accused of the bombing was arrested by French police in Paris.", "173", "FRACOP>DZACVL", "asserted"},
		{"suspected of the attack were detained: asserted", "Rebels suspected of the attack were detained by Malian troops in Gao.", "173", "MLIMIL>MLIREB", "asserted"},
		{"charged with sedition was jailed: asserted", "The Kenyan activist charged with sedition was jailed by a court in Nairobi.", "17", "KENJUD>KENOPP", "asserted"},
	})
	testLexRows(t, []lexRow{
		{"captured last month were freed: the release", d, "The Pakistani soldiers captured last month were freed by the Taliban.", "0841", "AFGREB>PAKMIL", ""},
		{"arrested last week were released: the arrest is done to them", d, "The Egyptian soldiers arrested last week were released.", "173", "EGYCOP>EGYMIL", ""},
		{"arrested the protesters: the arrest", d, "The Egyptian soldiers arrested the protesters.", "173", "EGYMIL>EGYOPP", ""},
		{"detained in March went on hunger strike", d, "Opposition leaders detained in March went on hunger strike in Minsk.", "142", "BLROPP>BLRGOV", ""},
	})
}

// TestParticipleTimeNotMain: a time inside a participle about the subject
// ("the soldiers captured last month were freed") dates the participle's
// act, not the main verb's, as a relative clause's time does not.
func TestParticipleTimeNotMain(t *testing.T) {
	c := newCoder(t)
	ref, _ := time.Parse(time.DateOnly, "2020-05-13")
	rows := []struct{ name, text, code, want string }{
		{"captured last month were freed", "The Pakistani soldiers captured last month were freed by the Taliban.", "0841", "2020-05-13"},
		{"arrested on Monday were released", "The protesters arrested on Monday were released by Egyptian police.", "082", "2020-05-13"},
		{"detained in March went on hunger strike", "Opposition leaders detained in March went on hunger strike in Minsk.", "142", "2020-05-13"},
		{"the participle keeps its own time", "Opposition leaders detained in March went on hunger strike in Minsk.", "173", "2020-03"},
		{"a main verb's own time still dates it", "Police in Nairobi fired at protesters gathered outside parliament on Monday.", "175", "2020-05-11"},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			var all []string
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+string(e.Date))
				if e.CAMEO == tt.code && string(e.Date) == tt.want {
					return
				}
			}
			t.Errorf("got %v, want %s on %s", all, tt.code, tt.want)
		})
	}
}

// TestAdjectiveAfterSubject: an adjective after the subject's noun with a
// preposition of its own ("forces loyal to the president", "gunmen close
// to the army") is about the noun: the verb after it keeps its subject,
// and the preposition is not the verb's.
func TestAdjectiveAfterSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"close to the army killed", d, "Gunmen close to the army killed two journalists in Mogadishu.", "18", "UAF>SOMMED", ""},
		{"loyal to the junta arrested", d, "Troops loyal to the junta arrested three ministers in Niamey.", "173", "NERMIL>NERGOV", ""},
		{"loyal to the president attacked", d, "Soldiers loyal to the president attacked a rebel base near Juba last week.", "19", "SSDMIL>SSDREB", ""},
		{"close to the government beat", d, "Militiamen close to the government beat opposition supporters in Harare.", "18", "ZWEUAF>ZWEOPP", ""},
	})
	testClauseRows(t, []clauseRow{
		{"close to: the main verb", "Gunmen close to the army killed two journalists in Mogadishu.", "killed", "main active"},
		{"close to: no verb", "Gunmen close to the army killed two journalists in Mogadishu.", "close", "none"},
	})
}

// TestClauseAfterAnd: a noun phrase after "and" with a finite verb of its
// own, after a clause whose verb has acted ("arrested five men in Lagos
// and soldiers killed two rebels"), opens a clause: it is the new verb's
// subject, not a conjunct of the phrase before "and".
func TestClauseAfterAnd(t *testing.T) {
	testLexRows(t, []lexRow{
		{"in a city, and soldiers killed", d, "Police arrested five men in Lagos and soldiers killed two rebels.", "19", "NGAMIL>NGAREB", ""},
		{"near a city, and gunmen fired", d, "Israeli troops raided a camp near Jenin and Palestinian gunmen fired at the soldiers.", "19", "PSEUAF>ISRMIL", ""},
		{"in a region, and rebels attacked", d, "The Syrian army shelled villages in Idlib and rebels attacked a checkpoint near Aleppo.", "190", "SYRREB>SYR", ""},
		{"an object, and protesters burned", d, "Police arrested dozens of students in Dhaka and protesters burned cars.", "145", "BGDOPP>BGDGOV", ""},
		{"the fleeing troops are no target", d, "Rebels attacked the town and government troops fled to the capital.", "190", "REB>", ""},
		{"a subject's list stays a list", d, "The talks between Iran and Russia ended on Monday.", "040", "IRN>RUS", ""},
		{"what is said keeps its list", d, "Officials said Iran and Russia had signed a trade deal.", "061", "IRN>RUS", ""},
	})
}

// TestTakenIsAParticiple: "taken" is a past participle, never a gerund,
// so "were taken to hospital" is a passive.
func TestTakenIsAParticiple(t *testing.T) {
	testClauseRows(t, []clauseRow{
		{"taken to hospital", "The wounded were taken to hospital in Kabul.", "taken", "main passive"},
		{"taken away by soldiers", "Three journalists were taken away by soldiers in Yangon.", "taken", "main passive"},
		{"taken into custody", "The protesters were taken into custody by Egyptian police.", "taken", "main passive"},
		{"being taken", "The detainees are being taken to a prison near Cairo.", "taken", "main passive"},
	})
}

// TestPassiveSecondObject: after a passive verb the phrase that follows
// is the second object, the first being the subject: "were taken
// hostage" is "took them hostage", "was given aid" is "gave it aid".
func TestPassiveSecondObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"taken hostage by gunmen", d, "Two French aid workers were taken hostage by gunmen in Niger.", "181", "NERUAF>FRACVL", ""},
		{"held hostage by the Taliban", d, "Three Indian engineers were held hostage by the Taliban in Kabul.", "181", "AFGREB>INDCVL", ""},
		{"taken prisoner by troops", d, "Five Indian soldiers were taken prisoner by Chinese troops in Ladakh.", "181", "CHNMIL>INDMIL", ""},
		{"given aid by a bank", d, "Kenya was given aid by the World Bank.", "070", "IGOUNO>KEN", ""},
		{"the active keeps its objects", d, "Gunmen took two French aid workers hostage in Niger.", "181", "UAF>FRACVL", ""},
	})
}

// TestParticipleInOpenedClause: a participle right after the subject of a
// clause that "when", "after" or "as" opens ("when a convoy trying to
// leave the hotel was ambushed") is about that subject; the clause's verb
// is the finite one after it, which the opener's clause is built on.
func TestParticipleInOpenedClause(t *testing.T) {
	testClauseRows(t, []clauseRow{
		{"when, a convoy trying to leave: the participle", "Seven people died when a convoy of vehicles trying to leave the hotel was ambushed.", "trying", "participial active"},
		{"when, a convoy trying to leave: the verb", "Seven people died when a convoy of vehicles trying to leave the hotel was ambushed.", "ambushed", "adverbial passive"},
		{"after, protesters gathered: the verb", "Police fired tear gas after protesters gathered in the square threw stones.", "threw", "adverbial active"},
		{"when, soldiers sent to disperse: the verb", "The clashes began when soldiers sent to disperse the crowd opened fire.", "opened", "adverbial active"},
		{"as, villagers returning: the verb", "Gunmen attacked the bus as villagers returning from the market were boarding it.", "boarding", "adverbial active"},
	})
	testLexRows(t, []lexRow{
		{"the opened clause's subject is the participle's noun", d, "The clashes in Khartoum began when Sudanese soldiers sent to disperse the crowd opened fire.", "19", "SDNMIL>", ""},
		{"stones thrown by the participle's noun", d, "Police fired tear gas in Nairobi after students gathered outside parliament threw stones.", "145", "KENCVL>KENGOV", ""},
	})
}

// TestParticipleSetOff: a participle between commas after the sentence's
// subject ("The journalist, arrested in May, was freed") or before "to"
// and a place ("troops deployed to the border fired") is about the
// subject; the verb after it is the main one, and the participle's time
// does not date it.
func TestParticipleSetOff(t *testing.T) {
	testClauseRows(t, []clauseRow{
		{"arrested in May, was freed", "The journalist, arrested in May, was freed by Turkish authorities on Friday.", "arrested", "participial passive"},
		{"detained last week, went", "The Kenyan activist, detained last week, went on hunger strike.", "went", "main active"},
		{"deployed to the border fired", "Indian troops deployed to the border fired on smugglers.", "fired", "main active"},
		{"sent to a country fought", "Troops sent to Mali fought the rebels near Gao.", "sent", "participial passive"},
		{"a list of verbs keeps its verbs", "Police arrested five men, detained two others, and beat three.", "detained", "main active"},
		{"a verb before 'to' and an object", "Egypt sent troops to Libya.", "sent", "main active"},
	})
	testLexRows(t, []lexRow{
		{"deployed to the border fired on smugglers", d, "Indian troops deployed to the border fired on smugglers.", "19", "INDMIL>INDCRM", ""},
		{"detained last week, went on hunger strike", d, "The Kenyan activist, detained last week, went on hunger strike.", "142", "KENOPP>KENGOV", ""},
		{"the activist is the one detained, not the detainer", d, "The Kenyan activist, detained last week, went on hunger strike.", "173", "KENCOP>KENOPP", ""},
	})
	c := newCoder(t)
	ref, _ := time.Parse(time.DateOnly, "2020-05-13")
	for _, e := range codeText(t, c, "The journalist, arrested in May, was freed by Turkish authorities on Friday.", ref) {
		if e.CAMEO == "0841" && string(e.Date) != "2020-05-08" {
			t.Errorf("freed on Friday: got %s, want 2020-05-08", e.Date)
		}
	}
}

// TestIncludingNotOfAnother: an "including" phrase that modifies a noun
// names that noun's members, not those of a phrase before it ("signed
// the accord with a pen ... before guests including Ban Ki-moon": no
// signing with Ban Ki-moon).
func TestIncludingNotOfAnother(t *testing.T) {
	testLexRows(t, []lexRow{
		{"guests including two envoys", d, "Santos and Londono signed the accord with a pen made from a bullet before 2,500 guests including Ban Ki-moon and John Kerry.", "057", "COLGOV>COLPTY", ""},
		{"a set-off including still names", d, "Other leaders attending the summit in Addis Ababa, including Kenyatta and Museveni, also signed the accord.", "057", "KENGOV>UGAGOV", ""},
	})
	c := newCoder(t)
	ref, _ := time.Parse(time.DateOnly, d)
	for _, e := range codeText(t, c, "The two leaders signed the accord with a pen made from a bullet before 2,500 guests including Ban Ki-moon and John Kerry.", ref) {
		if e.Target != nil && (e.Target.Code == "IGOUNO" || e.Target.Code == "USAGOV") {
			t.Errorf("a guest as a party: got %s %s", e.CAMEO, dyad(e))
		}
	}
}

// TestParticipleAboutSubjectReality: a participle about the subject is no
// complement of its parent verb: "Iran, backed by Russia, rejected" does
// not deny the backing, "were not freed" does not negate the capture.
func TestParticipleAboutSubjectReality(t *testing.T) {
	testModalRows(t, []modalRow{
		{"backed by, then a rejection", "Militias backed by Iran rejected the ceasefire in Yemen.", "051", "IRN>YEMUAF", "asserted"},
		{"backed by, then a refusal", "Militias backed by Iran refused to leave the base near Baghdad.", "051", "IRN>IRQUAF", "asserted"},
		{"set off, then a rejection", "Iran, backed by Russia, rejected the resolution.", "051", "RUS>IRN", "asserted"},
		{"captured, then not freed", "The Pakistani soldiers captured last month were not freed by the Taliban.", "173", "PAKCOP>PAKMIL", "asserted"},
	})
}
