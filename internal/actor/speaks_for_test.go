package actor

import "testing"

// TestSpeaksFor: one who speaks for, heads or serves a group ("a
// spokesman for the rebels", "the head of the miners' union", "an aide to
// the president") is of that group even when the group's country is left
// to the story; a name set off before such an agent is that person.
func TestSpeaksFor(t *testing.T) {
	runStoryRows(t, []storyRow{
		// the agent takes the group's sector, its country still to come
		{"spokesman for rebels", "2011-03-02", []string{"A spokesman for the rebels denied the report."}, "spokesman for the rebels=REB"},
		{"spokeswoman for the ministry", "2016-09-12", []string{"A spokeswoman for the ministry rejected the claim."}, "spokeswoman for the ministry=GOV"},
		{"spokesman for residents as object", "2004-06-20", []string{"Soldiers beat a spokesman for the villagers on Sunday."}, "Soldiers=MIL; spokesman for the villagers=CVL"},
		{"representative of the protesters", "2019-10-03", []string{"Officials met a representative of the protesters."}, "Officials=GOV; representative of the protesters=OPP"},
		{"aide to the president", "2008-07-22", []string{"An aide to the president resigned."}, "aide to the president=GOV"},
		{"member of the militia", "2015-01-14", []string{"A member of the militia was killed."}, "member of the militia=UAF"},
		{"a group's own country stays", "2009-07-29", []string{"A spokesman for the Afghan army said so."}, "spokesman for the Afghan army=AFGMIL"},
		{"a state body named in lower case", "2010-05-24", []string{"North Koreans work there, a spokesman for the unification ministry said."}, "North Koreans=PRKCVL; spokesman for the unification ministry=KORGOV"},

		{"the leader of the rebels", "2010-01-01", []string{"The leader of the rebels denied the report."}, "leader of the rebels=REB"},
		{"officials of the opposition", "2010-01-01", []string{"Officials of the opposition met the envoy."}, "Officials of the opposition=OPP; envoy=GOV"},
		{"a commander of the rebels", "2010-01-01", []string{"A commander of the rebels denied the report."}, "commander of the rebels=REB"},
		{"a commander of the army stays military", "2010-01-01", []string{"A commander of the army denied the report."}, "commander=MIL; army=MIL"},

		// a name of two or three words after what the person is, described
		// with "a", is that person; a given name that is also a place's
		// ("George") still opens it
		{"a described person, then the name", "2000-05-20", []string{"Armed men led by a failed businessman, George Speight, held the premier."}, "Armed men=UAF; businessman=BUS; George Speight=BUS; premier=GOV"},
		{"a described activist, then the name", "2000-05-20", []string{"Police detained a prominent activist, Maria Kalenga, on Monday."}, "Police=COP; activist=OPP; Maria Kalenga=OPP"},
		{"no name after the comma: none", "2000-05-20", []string{"Police detained a prominent activist, witnesses said."}, "Police=COP; activist=OPP"},
		{"a place after the description is no person", "2000-05-20", []string{"Police detained an activist, in Harare, on Monday."}, "Police=COP; activist=OPP"},

		// a name before the agent is that person
		{"name, spokesman for", "2012-05-07", []string{"Tomas Riera, a spokesman for the miners, accused the police of lying."}, "Tomas Riera=CVL; spokesman for the miners=CVL; police=COP"},
		{"name, head of", "2003-11-19", []string{"Police detained Karim Sadeq, the head of the rebels, on Friday."}, "Police=COP; Karim Sadeq=REB; head of the rebels=REB"},
		{"name, the leader of", "2010-01-01", []string{"Police killed Karim Sadeq, the leader of the rebels, on Friday."}, "Police=COP; Karim Sadeq=REB; leader of the rebels=REB"},
		{"name, a commander of", "2010-01-01", []string{"Police killed Omar Haidari, a commander of the rebels, on Friday."}, "Police=COP; Omar Haidari=REB; commander of the rebels=REB"},
		{"name, aide to", "2017-02-08", []string{"Lena Varga, an aide to the prime minister, denied the report."}, "Lena Varga=GOV; aide to the prime minister=GOV"},
		{"name, spokeswoman for a country's army", "2009-07-29", []string{"Maria Olsen, a spokeswoman for the Afghan army, denied the report."}, "Maria Olsen=AFGMIL; spokeswoman for the Afghan army=AFGMIL"},

		{"name, head of a group's wing", "2012-11-20", []string{"Israeli jets killed Ahmed al-Jabari, the head of Hamas's armed wing, on Wednesday."}, "Israeli jets=ISRMIL; Ahmed al-Jabari=PSEREB; head of Hamas=PSEREB"},
		{"name, head of a members' union", "2003-11-19", []string{"Police detained Rahim Bakhsh, the head of the traders union, on Friday."}, "Police=COP; Rahim Bakhsh=LAB; head of the traders union=LAB"},
		{"name, head of, at the sentence's end", "2003-11-19", []string{"Police detained Karim Sadeq, the head of the rebels."}, "Police=COP; Karim Sadeq=REB; head of the rebels=REB"},
		{"no closing comma before said", "2012-05-07", []string{"Tomas Riera, a spokesman for the miners said on Monday."}, "spokesman for the miners=CVL"},

		{"the head of a plural group, then the name", "2010-01-01", []string{"The head of the rebels, Karim Sadeq, was killed."}, "head of the rebels=REB; Karim Sadeq=REB"},
		{"plural spokesmen, then names, are no one person", "2010-01-01", []string{"Spokesmen for the rebels, Karim Sadeq and Omar Haidari, denied it."}, "Spokesmen for the rebels=REB"},

		// an agent owned by an unnamed agent: the owner's when it is weak
		// or takes whom it belongs to, else its own sector
		{"the rebels' leader", "2011-03-02", []string{"The rebels' leader denied the report."}, "rebels' leader=REB"},
		{"the ministry's spokeswoman", "2016-09-12", []string{"The ministry's spokeswoman denied the report."}, "ministry's spokeswoman=GOV"},
		{"the workers' leaders as object", "2012-05-07", []string{"Police beat the workers' leaders."}, "Police=COP; workers' leaders=CVL"},
		{"the gunmen's commander", "2015-01-14", []string{"The gunmen's leader threatened the police."}, "gunmen's leader=UAF; police=COP"},
		{"the government's troops are troops", "2015-01-14", []string{"The government's troops attacked the rebels."}, "government's troops=MIL; rebels=REB"},
		{"an owned kind word is no agent", "2006-12-05", []string{"Soldiers surrounded the army's official residence."}, "Soldiers=MIL; army=MIL; official=GOV"},

		// not so
		{"plural spokesmen are not one name", "2012-05-07", []string{"Tomas Riera, spokesmen for the miners said, had fled."}, "spokesmen for the miners=CVL"},
		{"a place before the agent is no person", "2012-05-07", []string{"In Oruro, a spokesman for the miners said talks failed."}, "spokesman for the miners=CVL"},
		{"a company's spokesman is business", "2012-05-07", []string{"A spokesman for the company said so."}, "spokesman for the company=BUS"},
	})
}

// TestRankOfLastForce: "officers", a rank both of the state's forces have,
// are of the force named last in their sentence or the two before: the
// soldiers' after soldiers, the police's after police; "police officers"
// keep their own, and soldiers named three sentences before do not count.
func TestRankOfLastForce(t *testing.T) {
	runStoryRows(t, []storyRow{
		{"officers after soldiers", "2023-07-30", []string{"Soldiers seized power on Wednesday.", "Leaders demanded that the officers restore the president."}, "Leaders=GOV; officers=MIL; president=GOV"},
		{"officers after troops in the sentence", "2021-02-01", []string{"Troops detained the leaders, and officers later freed two of them."}, "Troops=MIL; leaders=GOV; officers=MIL; them=MIL"},
		{"officers after police", "2020-01-01", []string{"Police arrested ten men.", "The officers said they had found weapons."}, "officers=COP; they=COP"},
		{"police officers keep their own", "2020-01-01", []string{"Troops patrolled the city.", "Police officers fired tear gas."}, "Police officers=COP"},
		{"soldiers long before: the police's", "2020-01-01", []string{"Soldiers patrolled the city.", "The mayor spoke.", "Crowds gathered.", "Officers fired tear gas."}, "Officers=COP"},
	})
}

// TestMediaPeople: bloggers, columnists and television or internet
// personalities are the media's (MED), named before or after their name.
func TestMediaPeople(t *testing.T) {
	runStoryRows(t, []storyRow{
		{"a personality, then the name", "2021-07-12", []string{"A YouTube personality, Dina Stars, was taken away by police."}, "YouTube personality=MED; Dina Stars=MED; police=COP"},
		{"the name, then a blogger", "2021-07-12", []string{"Ali Reza, a prominent blogger, was arrested."}, "Ali Reza=MED"},
		{"columnists", "2021-07-12", []string{"Police detained two columnists."}, "Police=COP; columnists=MED"},
	})
}

// TestMutineers: mutineers fighting loyal troops are armed opposition
// (REB), as rebels are; soldiers who mutiny keep the military's sector
// (a coup's soldiers are the military, as TestEndOfConstitutionalRule
// holds).
func TestMutineers(t *testing.T) {
	runStoryRows(t, []storyRow{
		{"mutineers", "2015-05-14", []string{"Loyalist troops battled the mutineers."}, "troops=MIL; mutineers=REB"},
		{"a mutineer", "2015-05-14", []string{"Police arrested a mutineer."}, "Police=COP; mutineer=REB"},
		{"mutinous soldiers stay soldiers", "2015-05-14", []string{"Mutinous soldiers seized the radio station."}, "soldiers=MIL; radio station=MED"},
	})
}
