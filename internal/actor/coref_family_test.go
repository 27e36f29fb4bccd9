package actor

import (
	"strings"
	"testing"
)

// corefCase is one short story whose last sentence's mentions are checked:
// the same construction in several shapes, and the near misses that must
// not take the rule.
type corefCase struct {
	name  string
	on    string
	story []string
	want  string // the last sentence's mentions, as renderPeople writes them
	rule  string // a rule of the last sentence must contain this, if set
}

func runCorefCases(t *testing.T, tests []corefCase) {
	t.Helper()
	d := dict(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := lastMentions(d, tt.on, tt.story)
			if got := renderPeople(ms); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.story[len(tt.story)-1], got, tt.want)
			}
			if tt.rule == "" {
				return
			}
			var rules []string
			for _, m := range ms {
				if strings.Contains(m.Rule, tt.rule) {
					return
				}
				rules = append(rules, m.Rule)
			}
			t.Errorf("no rule holds %q; got %q", tt.rule, rules)
		})
	}
}

// TestCountedStatesAfterPair: "both countries", "the two nations" right
// after a sentence that opened with two countries joined by "and" are
// that pair; further on, or when this sentence names one of them, they
// are the countries the story names most.
func TestCountedStatesAfterPair(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"both countries after the pair that acted", "2021-02-01", []string{
			"The army detained the prime minister of Myanmar on Monday.",
			"Myanmar's generals declared an emergency, and the United States threatened Myanmar with sanctions.",
			"Laos and Vietnam called the crisis an internal affair.",
			"Both countries refused to interfere."},
			"Both countries=LAO/Laos; Both countries=VNM/Vietnam", "the two countries an earlier sentence joined"},
		{"the two nations as an object after the pair", "2019-05-02", []string{
			"Chile filed a complaint against Bolivia over the river.",
			"Chile said Bolivia had diverted the water.",
			"Peru and Argentina offered to mediate.",
			"Brazil praised the two nations for their offer."},
			"Brazil=BRA/Brazil; two nations=PER/Peru; two nations=ARG/Argentina", "the two countries an earlier sentence joined"},
		{"the two countries after a pair set off by an apposition", "2019-07-10", []string{
			"The United States imposed sanctions on Venezuela's oil company.",
			"Russia and China, Venezuela's closest allies, criticised the sanctions.",
			"The two countries called the measures illegal."},
			"two countries=RUS/Russia; two countries=CHN/China", "the two countries an earlier sentence joined"},
		{"two sentences on, the countries named most", "2020-06-02", []string{
			"Egypt accused Ethiopia of threatening its water supply.",
			"Sudan and Kenya urged calm.",
			"Egypt rejected the appeal.",
			"The African Union urged the two countries to resume talks."},
			"African Union=IGOAFR/African Union; two countries=EGY/Egypt; two countries=ETH/Ethiopia", "the 2 countries the story names most"},
		{"not the pair when this sentence names one of them", "2020-06-02", []string{
			"Egypt accused Ethiopia of threatening its water supply.",
			"Egypt said Ethiopia had broken its promise.",
			"Sudan and Kenya urged calm.",
			"Kenya urged both countries to resume talks."},
			"Kenya=KEN/Kenya; both countries=EGY/Egypt; both countries=ETH/Ethiopia", "the 2 countries the story names most"},
		{"not a pair that an appeal named as its object", "2020-06-02", []string{
			"Egypt accused Ethiopia of threatening its water supply.",
			"Egypt said Ethiopia had broken its promise.",
			"The United Nations urged Sudan and Kenya to mediate.",
			"The two countries traded accusations again."},
			"two countries=EGY/Egypt; two countries=ETH/Ethiopia", "the 2 countries the story names most"},
	})
}

// TestPronounGender: "she" and "her" for a man are the woman named last in
// this sentence or the two before; "he" and "his" for a woman are the
// person named last there who is not known to be one; with no one who
// fits, or when the first choice fits, the order of naming stands.
func TestPronounGender(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"her government after a man who speaks of her", "1986-02-26", []string{
			"Corazon Aquino was sworn in as president on Tuesday morning.",
			"Secretary of State George Shultz said the United States recognised her government."},
			"Secretary of State George Shultz=USAGOV/George Shultz; United States=USA/United States; her government=PHLGOV/Corazon Aquino", "the woman named last, not George Shultz"},
		{"her safety, a woman of the sentence before", "2020-08-12", []string{
			"Opposition leader Svetlana Tikhanovskaya fled to Lithuania on Tuesday.",
			"Lithuanian Foreign Minister Linas Linkevicius said her safety was guaranteed."},
			"Lithuanian Foreign Minister Linas Linkevicius=LTUGOV/Linas Linkevicius; her=BLROPP/Sviatlana Tsikhanouskaya", "the woman named last"},
		{"a woman known only from the story", "2019-05-02", []string{
			"Police arrested the Peruvian activist Maria Ochoa in Cuzco on Monday.",
			"Interior Minister Carlos Moran said her arrest was lawful."},
			"Interior Minister Carlos Moran=GOV/Carlos Moran; her=PEROPP/Maria Ochoa", "the woman named last"},
		{"he after a woman is the man named since", "2016-03-08", []string{
			"German Chancellor Angela Merkel hosted Turkish Prime Minister Ahmet Davutoglu in Berlin.",
			"Merkel said he had promised to take back migrants."},
			"Merkel=DEUGOV/Angela Merkel; he=TURGOV/Ahmet Davutoglu; migrants=CVL/civilians", "not known to be a woman, not Angela Merkel"},
		{"she stays the woman named first when two women were named", "2017-02-10", []string{
			"German Chancellor Angela Merkel met British Prime Minister Theresa May in Berlin.",
			"She praised Britain's support for NATO."},
			"She=DEUGOV/Angela Merkel; Britain=GBR/United Kingdom; NATO=IGONATO/NATO", "first person named in the sentence before"},
		{"he stays the first man when no woman was named", "2019-11-12", []string{
			"Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
			"He said the two countries would patrol the border together."},
			"He=RUSGOV/Vladimir Putin; two countries=RUS/Russia; two countries=TUR/Türkiye; patrol=MIL/patrol", "first person named in the sentence before"},
		{"she with no woman in reach keeps the order of naming", "2019-11-12", []string{
			"Queen Margrethe opened the session on Monday.",
			"Parliament debated the budget.",
			"The finance minister presented the plan.",
			"Lawmakers voted on Friday.",
			"Prime Minister Lars Lokke Rasmussen said she had approved the timetable."},
			"Prime Minister Lars Lokke Rasmussen=DNKGOV/Lars Løkke Rasmussen; she=DNKGOV/Lars Løkke Rasmussen", "first person named in this sentence"},
	})
}

// TestStateKind: "the kingdom", "the emirate", "the sultanate" are the
// last state of that form of rule named (state-kind: in agents.txt), not
// the country named last; with none named, the country named last.
func TestStateKind(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"the kingdom after a republic named since", "2019-06-10", []string{
			"Jordan hosted talks between Israel and Egypt on Monday.",
			"Critics said the kingdom had little leverage."},
			"Critics=OPP/opponents; kingdom=JOR/Jordan", "kingdom named last"},
		{"the emirate as an object", "2021-03-02", []string{
			"Qatar mediated between Israel and Hamas on Sunday.",
			"Egypt praised the emirate on Monday."},
			"Egypt=EGY/Egypt; emirate=QAT/Qatar", "emirate named last"},
		{"the sultanate after two countries it brought together", "2019-06-10", []string{
			"Oman hosted talks between Iran and the United States.",
			"The sultanate said the talks would continue."},
			"sultanate=OMN/Oman", "sultanate named last"},
		{"the kingdom with no kingdom named is the country named last", "1965-03-02", []string{
			"Egypt accused Libya of harbouring plotters.",
			"Diplomats said the kingdom denied the charge."},
			"Diplomats=GOV/ambassador; kingdom=LBY/Libya", "country named last"},
		{"the kingdom in the clause of another kingdom is the one before", "2016-01-03", []string{
			"Saudi Arabia and Iran traded accusations.",
			"Bahrain condemned the kingdom."},
			"Bahrain=BHR/Bahrain; kingdom=SAU/Saudi Arabia", "kingdom named last before this clause"},
	})
}

// TestApposedNotAPair: a person and a title set side by side by a comma
// name one actor, so "both sides" later are still the pair joined by
// "and" before them; a person and a body joined by "and" stay two.
func TestApposedNotAPair(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"a title before the person's name", "2023-04-16", []string{
			"Sudan's army and the paramilitary Rapid Support Forces fought for a second day in Khartoum.",
			"The paramilitary leader, Mohamed Hamdan Dagalo, accused the army of attacking first.",
			"Egypt urged both sides to stop the fighting."},
			"Egypt=EGY/Egypt; both sides=SDNMIL/Sudan; both sides=SDNREB/Rapid Support Forces", "the two actors an earlier sentence joined"},
		{"the name before the title", "2023-04-16", []string{
			"Sudan's army and the paramilitary Rapid Support Forces fought for a second day in Khartoum.",
			"Mohamed Hamdan Dagalo, the paramilitary leader, accused the army of attacking first.",
			"Egypt urged the two sides to stop the fighting."},
			"Egypt=EGY/Egypt; two sides=SDNMIL/Sudan; two sides=SDNREB/Rapid Support Forces", "the two actors an earlier sentence joined"},
		{"a person and a body joined by and are two", "2021-10-20", []string{
			"Prime Minister Abdalla Hamdok and the army disagreed over the transition.",
			"The United Nations urged both sides to resolve the dispute."},
			"United Nations=IGOUNO/United Nations; both sides=SDNGOV/Abdalla Hamdok; both sides=MIL/military", "the two actors an earlier sentence joined"},
	})
}

// TestAgeAlone: "the 72-year-old" is the person a "he" there would stand
// for, named in this sentence or the two before; not after someone
// unnamed of that age ("a 41-year-old man"), nor before a noun of an agent
// that says who it is, nor with no one named near.
func TestAgeAlone(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"the subject of the sentence before", "2021-08-16", []string{
			"President Ashraf Ghani fled Kabul on Sunday.",
			"The 72-year-old later surfaced in Dubai."},
			"72-year-old=AFGGOV/Ashraf Ghani", "coref:age -> Ashraf Ghani"},
		{"as an object, a woman named before", "2016-02-03", []string{
			"Opposition leader Aung San Suu Kyi arrived in parliament on Monday.",
			"Lawmakers cheered the 70-year-old as she took her seat."},
			"Lawmakers=LEG/parliament; 70-year-old=MMROPP/Aung San Suu Kyi; she=MMROPP/Aung San Suu Kyi; her=MMROPP/Aung San Suu Kyi", "coref:age -> Aung San Suu Kyi"},
		{"not after someone unnamed of that age", "2022-07-09", []string{
			"Former Prime Minister Shinzo Abe was shot in Nara on Friday.",
			"Police arrested a 41-year-old man at the scene.",
			"The 41-year-old had a grudge against a religious group."},
			"", ""},
		{"not before an agent noun that says who", "1990-02-12", []string{
			"Nelson Mandela walked out of prison on Sunday.",
			"The 71-year-old leader of the African National Congress called for sanctions."},
			"leader of the African National Congress=ZAFOPP/African National Congress", ""},
		{"not with no one named near", "2021-08-16", []string{
			"President Ashraf Ghani fled Kabul on Sunday.",
			"The Taliban entered the city.",
			"Shops closed and banks shut.",
			"Prices rose sharply.",
			"The 72-year-old later surfaced in Dubai."},
			"", ""},
	})
}

// TestAcronymOfABodyNamedBefore: a word in capitals that is the initials
// of a body the story read from its name, or the letters in brackets
// after that name, names that body later; other capitals do not.
func TestAcronymOfABodyNamedBefore(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"the initials as a subject", "2024-05-02", []string{
			"The opposition Movement for Democratic Renewal accused the government of fraud.",
			"The MDR said it had won the vote."},
			"MDR=PTY/Movement for Democratic Renewal; it=PTY/Movement for Democratic Renewal", "coref:acronym -> Movement for Democratic Renewal"},
		{"the initials as an object", "2024-05-02", []string{
			"The opposition Movement for Democratic Renewal accused the government of fraud.",
			"Interior Minister Ibrahima Ndiaye accused the MDR of inciting violence."},
			"Interior Minister Ibrahima Ndiaye=GOV/Ibrahima Ndiaye; MDR=PTY/Movement for Democratic Renewal", "coref:acronym"},
		{"letters in brackets that are not the initials", "2019-03-02", []string{
			"Police said supporters of the Popular Renewal Front (FRP) marched in the capital.",
			"Police detained two FRP leaders."},
			"Police=COP/police; FRP=PTY/Popular Renewal Front; leaders=GOV/leaders", "coref:acronym"},
		{"capitals that are no body's initials", "2024-05-02", []string{
			"The opposition Movement for Democratic Renewal accused the government of fraud.",
			"The ABC said the vote was fair."},
			"", ""},
	})
}

// TestPersonMetOnceWithRoleAndPlace: "Name, a local official in Kano,"
// names a person the knowledge lacks, described by the role, with the
// place read on its own; the surname alone names them later. A phrase
// after "in" that is no place's name does not make the apposition.
func TestPersonMetOnceWithRoleAndPlace(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"the surname after a role in a city", "2023-03-01", []string{
			"Musa Danjuma, a local official in Kano, said police had arrested 40 people.",
			"Danjuma accused thugs of attacking voters."},
			"Danjuma=GOV/Musa Danjuma; voters=CVL/civilians", "surname"},
		{"a role from a town", "2019-06-01", []string{
			"Halima Wanjiru, a dissident journalist from Mombasa, was arrested on Monday.",
			"Police said Wanjiru had organised the protest."},
			"Police=COP/police; Wanjiru=MED/Halima Wanjiru", "surname"},
		{"not a phrase after in that names no place", "2023-03-01", []string{
			"Musa Danjuma, a local official in charge of the market, said police had arrested 40 people."},
			"official=GOV/official; police=COP/police; people=CVL/civilians", ""},
	})
}

// TestTheyAfterACountedGroup: "they", "them" after a counted description
// that opened the sentence, with no actor named since, or that opened the
// sentence before when this one named none yet, are each of its members;
// after another actor they are read as before.
func TestTheyAfterACountedGroup(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"they in the same sentence", "2021-06-16", []string{
			"U.S. President Joe Biden met Russian President Vladimir Putin in Geneva.",
			"The two leaders said they would return their ambassadors."},
			"two leaders=USAGOV/Joe Biden; two leaders=RUSGOV/Vladimir Putin; they=USAGOV/Joe Biden; they=RUSGOV/Vladimir Putin; their ambassadors=USAGOV/Joe Biden", "the group described first in this sentence"},
		{"they opening the next sentence", "2021-06-16", []string{
			"U.S. President Joe Biden met Russian President Vladimir Putin in Geneva.",
			"The two leaders spoke for four hours.",
			"They agreed to start talks on arms control."},
			"They=USAGOV/Joe Biden; They=RUSGOV/Vladimir Putin", "the group described first in the sentence before"},
		{"not after another actor named since", "2023-10-30", []string{
			"Egyptian President Abdel Fattah el-Sisi met Qatar's emir in Cairo.",
			"The two leaders urged Hamas to free the hostages they hold."},
			"two leaders=EGYGOV/Abdel Fattah el-Sisi; two leaders=QATGOV/Tamim bin Hamad Al Thani; Hamas=PSEREB/Hamas; hostages=CVL/hostages; they=EGYGOV/Abdel Fattah el-Sisi", ""},
		{"not when this sentence named another actor first", "2021-06-16", []string{
			"U.S. President Joe Biden met Russian President Vladimir Putin in Geneva.",
			"The two leaders spoke for four hours.",
			"Ukraine said they had ignored its concerns."},
			"Ukraine=UKR/Ukraine; they=USAGOV/Joe Biden; its=UKR/Ukraine", ""},
	})
}

// TestCommaNoPair: two actors a bare comma sets side by side are no pair
// for "the two sides" ("killing two civilians, officials said": the
// victims and the reporting officials), nor the first two of a list whose
// last pair "and" joins; the sides are then the countries the story names
// most, or the pair "and" joined.
func TestCommaNoPair(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"victims, then the officials who report them", "2023-09-07", []string{
			"Pakistani and Afghan border guards exchanged fire on Wednesday, killing two civilians, officials said.",
			"Pakistan accused the Afghan side of firing first.",
			"On Thursday the two sides agreed to a ceasefire."},
			"two sides=PAK/Pakistan; two sides=AFG/Afghanistan", "countries the story names most"},
		{"present tense, wounded protesters, police said", "2022-04-12", []string{
			"Soldiers and rebels clashed in the town, wounding five protesters, police say.",
			"The army says the rebels attacked first.",
			"Both sides have agreed to a truce."},
			"Both sides=MIL/military; Both sides=REB/rebels", "the two actors an earlier sentence joined"},
		{"a list of three: the pair and joins", "2023-05-20", []string{
			"Sudan's army, police and the paramilitary Rapid Support Forces deployed in Khartoum.",
			"The United Nations urged both sides to respect the truce."},
			"United Nations=IGOUNO/United Nations; both sides=COP/police; both sides=SDNREB/Rapid Support Forces", "the two actors an earlier sentence joined"},
	})
}
