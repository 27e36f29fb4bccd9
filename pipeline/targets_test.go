package pipeline

import "testing"

// TestRestrictionsOnPlaces: a restriction a state imposes on a place or
// at home with no actor named as its target (a curfew, a state of
// emergency, martial law, and their easing) falls on the place's people:
// its country's civilians (policy.tsv's aim=CVL), as CAMEO coders code it.
func TestRestrictionsOnPlaces(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a curfew on a city", date: "2010-05-19",
			text:     "BANGKOK, Thailand (AP) — Troops stormed the protest camp on Wednesday.\n\nThe government then imposed a night-time curfew on Bangkok and 20 provinces.\n",
			sentence: "imposed a night-time curfew", want: []string{"17 THAGOV>THACVL"}, not: []string{"17 THAGOV>THA"}},
		{name: "a curfew at home, for a time", date: "2009-06-29",
			text:     "TEGUCIGALPA, Honduras (AP) — Soldiers detained the president on Sunday.\n\nThe interim president imposed a curfew for the next two nights.\n",
			sentence: "imposed a curfew", want: []string{"17 HNDGOV>HNDCVL"}},
		{name: "a state of emergency declared", date: "2021-07-08",
			text:     "PORT-AU-PRINCE, Haiti (AP) — Gunmen killed the president on Wednesday.\n\nThe interim prime minister declared a state of siege on Thursday.\n",
			sentence: "declared a state of siege", want: []string{"17 HTIGOV>HTICVL"}},
		{name: "martial law in a region", date: "2017-05-24",
			text:     "MANILA, Philippines (AP) — Philippine President Rodrigo Duterte declared martial law in Mindanao on Tuesday.\n",
			sentence: "declared martial law", want: []string{"17 PHLGOV>PHLCVL"}},
		{name: "a curfew lifted", date: "2020-07-10",
			text:     "NAIROBI, Kenya (AP) — The Kenyan government lifted the nighttime curfew in Nairobi on Friday.\n",
			sentence: "lifted the nighttime curfew", want: []string{"08 KENGOV>KENCVL"}},
		{name: "a threatened state of emergency", date: "2019-10-20",
			text:     "LIMA, Peru (AP) — The Peruvian government threatened to impose a state of emergency.\n",
			sentence: "threatened to impose", want: []string{"13 PERGOV>PERCVL"}},
		{name: "a named target keeps its own sector", date: "2019-02-02",
			text:     "CARACAS, Venezuela (AP) — Venezuelan police put opposition leader Juan Guaido under curfew on Saturday.\n",
			sentence: "under curfew", want: []string{"17 VENCOP>VENOPP"}, not: []string{"17 VENCOP>VENCVL"}},
		{name: "a bloc has no home", date: "2020-03-16",
			text:     "BRUSSELS (AP) — The EU declared a state of emergency.\n",
			sentence: "declared a state", want: []string{"17 IGOEUR>-"}},
	})
}

// TestTakeovers: a takeover of the state ("seized control of the
// country", "seized power", "staged a coup") with no actor named as its
// target is aimed at the country's government (policy.tsv's aim=GOV).
func TestTakeovers(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the military seizes control of the country", date: "2017-11-15",
			text:     "HARARE, Zimbabwe (AP) — Zimbabwe's military seized control of the country early on Wednesday.\n",
			sentence: "seized control", want: []string{"17 ZWEMIL>ZWEGOV"}, not: []string{"17 ZWEMIL>ZWE"}},
		{name: "soldiers seize power in a named country", date: "2020-08-19",
			text:     "DAKAR, Senegal (AP) — Soldiers seized power in Mali on Tuesday.\n",
			sentence: "seized power", want: []string{"17 MLIMIL>MLIGOV"}},
		{name: "the army stages a coup", date: "2014-05-22",
			text:     "BANGKOK, Thailand (AP) — Thailand's army chief staged a coup on Thursday.\n",
			sentence: "staged a coup", want: []string{"17 THAMIL>THAGOV"}},
		{name: "officers take control of the state", date: "2021-09-05",
			text:     "CONAKRY, Guinea (AP) — Guinean soldiers took control of the state on Sunday.\n",
			sentence: "took control", want: []string{"17 GINMIL>GINGOV"}},
		{name: "an ousted leader is the target named", date: "2019-04-11",
			text:     "KHARTOUM, Sudan (AP) — Sudan's military ousted President Omar al-Bashir on Thursday.\n",
			sentence: "ousted", want: []string{"17 SDNMIL>SDNGOV"}},
	})
}

// TestDenialsAnswerConflict: a denial with no target of its own answers
// whoever last accused its source, else whoever last acted against it
// short of force (a demand, a threat, a sanction, an expulsion), in the
// same sentence or an earlier one: that act says what it is blamed for.
func TestDenialsAnswerConflict(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "expulsions, then a denial", date: "2018-03-14",
			text:     "LONDON (AP) — Britain expelled 23 Russian diplomats on Wednesday over the poisoning.\n\nMoscow has repeatedly denied any role in the attack.\n",
			sentence: "denied any role", want: []string{"01 RUSGOV>GBR"}},
		{name: "sanctions, then a denial", date: "2014-12-19",
			text:     "WASHINGTON (AP) — The United States imposed new sanctions on North Korea on Friday over the hacking of Sony.\n\nPyongyang denied any involvement.\n",
			sentence: "denied any involvement", want: []string{"01 PRKGOV>USA"}},
		{name: "a demand, then a denial", date: "2023-06-06",
			text:     "KYIV, Ukraine (AP) — Ukraine demanded on Tuesday that Russia explain the explosion at the dam.\n\nThe Kremlin denied responsibility.\n",
			sentence: "denied responsibility", want: []string{"01 RUSGOV>UKR"}},
		{name: "an envoy summoned, then a denial", date: "2023-01-21",
			text:     "ANKARA, Turkey (AP) — Turkey summoned the Swedish ambassador on Saturday over the Quran burning.\n\nSweden denied any responsibility.\n",
			sentence: "denied any responsibility", want: []string{"01 SWE>TUR"}},
		{name: "an accusation comes first", date: "2018-03-14",
			text:     "LONDON (AP) — Britain expelled 23 Russian diplomats on Wednesday.\n\nFrance accused Russia of the poisoning.\n\nMoscow denied any role.\n",
			sentence: "denied any role", want: []string{"01 RUSGOV>FRA"}},
		{name: "acts against another country do not count", date: "2018-03-14",
			text:     "LONDON (AP) — Britain expelled 23 Russian diplomats on Wednesday.\n\nIran denied any role in the attack.\n",
			sentence: "denied any role", want: []string{"01 IRN>-"}},
		{name: "force is no charge", date: "2019-02-15",
			text:     "SRINAGAR, India (AP) — Indian troops shelled Pakistani posts on Thursday.\n\nPakistan denied any role in the attack.\n",
			sentence: "denied any role", want: []string{"01 PAK>-"}},
	})
}

// TestSecondComplement: "said that A ... but that B": a complement after
// a conjunction completes the same verb as the complement before it, so
// what it tells is told, not part of an act asked for inside the first.
func TestSecondComplement(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "asked for troops but was turned down", date: "2006-12-05",
			text:     "SUVA, Fiji (AP) — Fiji's prime minister said on Tuesday that he had asked Australia to send troops but that Canberra had turned him down.\n",
			sentence: "turned him down", want: []string{"12 AUSGOV>FJIGOV"}},
		{name: "urged talks and that a neighbour rejected them", date: "2019-02-20",
			text:     "ISLAMABAD (AP) — Pakistan's foreign minister said that he had urged India to hold talks and that New Delhi had rejected the offer.\n",
			sentence: "rejected the offer", want: []string{"12 INDGOV>*"}},
		{name: "asked to mediate, and that the envoy was expelled", date: "2021-03-02",
			text:     "ADDIS ABABA, Ethiopia (AP) — Ethiopia's foreign ministry said that it had asked Kenya to mediate but that Sudan had expelled its ambassador.\n",
			sentence: "expelled its ambassador", want: []string{"16 SDN>ETHGOV"}},
		{name: "told reporters that ... but that", date: "2014-03-10",
			text:     "KYIV, Ukraine (AP) — Ukraine's prime minister told reporters that he had asked NATO to send observers but that the alliance had refused.\n",
			sentence: "had refused", want: []string{"12 IGONATO>UKRGOV"}},
	})
}

// TestGroupPronounKeepsGroup: "them" for a group named after a person
// ("Zelaya's supporters") stays the group on another day: only a pronoun
// that stands for one person takes that person's role then.
func TestGroupPronounKeepsGroup(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "supporters of an ousted president dispersed", date: "2009-06-29",
			text:     "TEGUCIGALPA, Honduras (AP) — Soldiers detained President Manuel Zelaya on Sunday.\n\nHundreds of Zelaya's supporters threw stones at troops on Monday, and soldiers fired tear gas to disperse them.\n",
			sentence: "disperse them", want: []string{"17 HNDMIL>HNDCVL"}, not: []string{"17 HNDMIL>HNDGOV"}},
		{name: "followers of a leader arrested", date: "2022-11-04",
			text:     "ISLAMABAD (AP) — Gunmen wounded former Prime Minister Imran Khan on Thursday.\n\nKhan's supporters blocked roads on Friday, and police arrested them.\n",
			sentence: "police arrested them", not: []string{"17 PAKCOP>PAKGOV"}},
		{name: "he keeps the person's role", date: "2009-06-29",
			text:     "TEGUCIGALPA, Honduras (AP) — Soldiers detained President Manuel Zelaya on Sunday.\n\nOn Monday, he accused the army of a coup.\n",
			sentence: "he accused", want: []string{"11 HNDGOV>HNDMIL"}},
	})
}

// TestForceAtHomeOnEarlierVictims: an act of coercion or force by a
// state's own forces in its own country, aimed only at the place ("troops
// advanced on the intersection, firing live rounds"), falls on whom the
// same forces acted against in an earlier sentence (the protesters); force
// abroad keeps the place's country.
func TestForceAtHomeOnEarlierVictims(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "troops clear a protest camp", date: "2010-05-19",
			text:     "BANGKOK, Thailand (AP) — Thai soldiers stormed the camp of anti-government protesters in central Bangkok on Wednesday.\n\nTroops broke through barricades and advanced on the intersection in the heart of Bangkok, firing live rounds.\n",
			sentence: "firing live rounds", want: []string{"17 THAMIL>THAOPP"}, not: []string{"17 THAMIL>THA"}},
		{name: "police fire tear gas in the centre", date: "2019-03-02",
			text:     "HARARE, Zimbabwe (AP) — Riot police beat opposition supporters in Harare on Saturday.\n\nThe police later fired tear gas in the centre of Harare.\n",
			sentence: "later fired tear gas", want: []string{"17 ZWECOP>ZWEOPP"}},
		{name: "soldiers fire in another city", date: "2021-03-04",
			text:     "YANGON, Myanmar (AP) — Myanmar soldiers shot opposition protesters in Yangon on Wednesday.\n\nSoldiers also fired live rounds in Mandalay.\n",
			sentence: "also fired live rounds", want: []string{"17 MMRMIL>MMROPP"}},
		{name: "police raid a town after arresting activists", date: "2022-09-22",
			text:     "TEHRAN, Iran (AP) — Iranian police arrested opposition activists in Tehran on Wednesday.\n\nPolice fired tear gas in the city of Sanandaj on Thursday.\n",
			sentence: "fired tear gas", want: []string{"17 IRNCOP>IRNOPP"}},
		{name: "force abroad keeps the place's country", date: "2023-05-02",
			text:     "GAZA CITY (AP) — Israeli troops shot Hamas gunmen near Khan Younis on Monday.\n\nIsraeli troops then fired tear gas in Gaza City.\n",
			sentence: "then fired tear gas", want: []string{"17 ISRMIL>PSECVL"}, not: []string{"17 ISRMIL>PSEREB"}},
		{name: "no one acted against before", date: "2010-05-19",
			text:     "BANGKOK, Thailand (AP) — Thai troops fired live rounds in Bangkok on Wednesday.\n",
			sentence: "fired live rounds", want: []string{"17 THAMIL>THACVL"}},
	})
}

// TestRefusalAfterConjoinedVerb: "he said he would not resign and blamed
// the violence on his rivals": a verb with a tense of its own after "and"
// shares no object with the verb before it, so the refusal keeps no
// object and answers whoever asked it of its source; verbs that share
// their tense ("arrested and beat the protesters") still share the object.
func TestRefusalAfterConjoinedVerb(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "would not resign and blamed", date: "2017-11-20",
			text:     "NAIROBI, Kenya (AP) — Kenyan opposition leaders called on President Uhuru Kenyatta to step down on Monday, but he said he would not resign and blamed the violence on his rivals.\n",
			sentence: "would not resign", want: []string{"12 KENGOV>KENOPP"}},
		{name: "would not quit and attacked", date: "2022-07-06",
			text:     "LONDON (AP) — Lawmakers demanded on Wednesday that Prime Minister Boris Johnson resign, but he said he would not quit and attacked the media.\n",
			sentence: "would not quit", want: []string{"12 GBRGOV>GBRLEG"}},
		{name: "would not step down and thanked", date: "2022-05-09",
			text:     "COLOMBO, Sri Lanka (AP) — Opposition parties called on President Gotabaya Rajapaksa to resign on Monday, but he said he would not step down and thanked the army.\n",
			sentence: "would not step down", want: []string{"12 LKAGOV>LKAOPP", "05 LKAGOV>LKAMIL"}},
		{name: "will not leave and accused", date: "2019-04-02",
			text:     "ALGIERS, Algeria (AP) — Protesters urged President Abdelaziz Bouteflika to leave office on Monday, but he said he will not leave and accused the opposition of sabotage.\n",
			sentence: "will not leave", want: []string{"11 DZAGOV>DZAOPP"}},
		{name: "verbs of one tense share the object", date: "2019-04-02",
			text:     "NAIROBI, Kenya (AP) — Kenyan police arrested and beat the protesters on Monday.\n",
			sentence: "arrested and beat", want: []string{"17 KENCOP>KENOPP"}},
	})
}
