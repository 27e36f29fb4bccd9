package actor

import "testing"

// TestDescribedMentions: actors named by what they are rather than by
// name: forces someone leads, craft of war, patrols and convoys, the men
// of whoever is named before "whose", and groups named by a description.
func TestDescribedMentions(t *testing.T) {
	runStoryRows(t, []storyRow{
		// nouns that name a force only after who leads it
		{"country-led force", "1999-09-20", []string{"An Australian-led force landed."}, "Australian-led force=AUSMIL"},
		{"country-led alliance", "2016-10-09", []string{"The Saudi-led alliance struck again."}, "Saudi-led alliance=SAUMIL"},
		{"country-led contingent", "1990-08-25", []string{"A Nigerian-led contingent arrived."}, "Nigerian-led contingent=NGAMIL"},
		{"force alone is no one", "2013-08-28", []string{"The army used force to break up the march."}, "army=MIL"},
		{"alliance alone is a party", "2013-08-28", []string{"The ruling alliance won the vote."}, "ruling alliance=PTY"},
		{"force led by a country", "1999-09-20", []string{"An international force led by Australia arrived."}, "international force=AUSMIL; Australia=AUS"},

		// craft of war
		{"fighter by its model", "2021-05-24", []string{"A Belarusian MiG-29 fighter took off."}, "Belarusian MiG-29 fighter=BLRMIL"},
		{"a state's fighters are men", "2013-05-02", []string{"Syrian fighters crossed the border."}, "Syrian fighters=SYRUAF"},
		{"a state's bombers are aircraft", "2019-07-23", []string{"Two Russian bombers flew south."}, "Russian bombers=RUSMIL"},
		{"bombers by their model", "2017-08-08", []string{"Six H-6 bombers flew south."}, "bombers=MIL"},
		{"a bomber alone is a person", "2016-05-02", []string{"The bomber was a teenager."}, "bomber=RAD"},
		{"suicide bombers are people", "2002-03-02", []string{"Palestinian suicide bombers struck twice."}, "Palestinian suicide bombers=PSERAD"},
		{"armoured vehicles", "2002-04-03", []string{"Israeli armoured vehicles rolled in."}, "Israeli armoured vehicles=ISRMIL"},
		{"ships", "2016-01-12", []string{"A Chinese frigate shadowed a Japanese destroyer."}, "Chinese frigate=CHNMIL; Japanese destroyer=JPNMIL"},

		// patrols and convoys are whose they are
		{"a state's patrol", "2016-08-25", []string{"A Turkish patrol came under fire."}, "Turkish patrol=TURMIL"},
		{"a police patrol", "2011-06-14", []string{"Gunmen ambushed a police patrol."}, "Gunmen=UAF; police patrol=COP"},
		{"a border patrol", "2019-03-30", []string{"The border patrol detained them."}, "border patrol=COP"},
		{"a convoy of troops", "2019-03-30", []string{"A convoy of troops entered the town."}, "troops=MIL"},
		{"an aid convoy is no one", "2009-01-20", []string{"An aid convoy reached the border."}, ""},
		{"a column of tanks", "1993-10-04", []string{"Crowds stopped a column of tanks."}, "Crowds=CVL; tanks=MIL"},

		// a singular noun after a plural one is its verb
		{"police patrol the streets", "2008-06-27", []string{"Police patrol the streets of the capital."}, "Police=COP"},
		{"marines patrol", "2004-03-02", []string{"Marines patrol the capital."}, "Marines=MIL"},
		{"rebels head north", "1997-05-01", []string{"The rebels head north toward the capital."}, "rebels=REB"},
		{"a plural after a plural is still one phrase", "2008-06-27", []string{"Police patrols were attacked."}, "Police patrols=COP"},

		// a crew is whose craft it works
		{"the crew of a state's aircraft", "2001-04-02", []string{"The 24 crew members of the U.S. aircraft were held."}, "crew members of the U.S. aircraft=USAMIL"},
		{"a warship's crew", "2018-11-26", []string{"The crew of a Ukrainian warship surrendered."}, "crew of a Ukrainian warship=UKRMIL"},
		{"the crew named again", "2001-04-02", []string{"The crew of the U.S. aircraft landed.", "Soldiers took the crew into custody."}, "Soldiers=MIL; crew=USAMIL"},
		{"a crew with no craft named is no one", "2001-04-02", []string{"The crew landed safely."}, ""},

		// whose
		{"a group's gunmen", "2006-07-12", []string{"Hezbollah, whose gunmen crossed the border, spoke."}, "Hezbollah=LBNRAD; whose gunmen=LBNRAD"},
		{"a rebel leader's fighters", "2008-02-03", []string{"Rebel leader Mahamat Nouri, whose fighters reached the capital, spoke."}, "Rebel leader Mahamat Nouri=TCDREB; whose fighters=TCDREB"},
		{"a country's troops", "1994-05-01", []string{"Rwanda, whose troops crossed the border, denied it."}, "Rwanda=RWA; whose troops=RWAMIL; it=RWA"},
		{"whose before a thing is no one", "2008-02-03", []string{"The villagers, whose homes burned, fled."}, "villagers=CVL"},
		{"whose after no actor is no one", "2008-02-03", []string{"A man whose brother was killed spoke."}, ""},

		// a region's adjective and the noun its body is known by
		{"region's bloc", "2012-04-03", []string{"The West African bloc suspended Mali."}, "West African bloc=IGOWAF; Mali=MLI"},
		{"region's bloc, another region", "2021-04-24", []string{"The Southeast Asian bloc met the junta."}, "Southeast Asian bloc=IGOASN; junta=GOV"},
		{"a body's own name is its name", "2021-05-24", []string{"European Union leaders met."}, "European Union leaders=IGOEUR"},
		{"a region's states are no body", "2017-06-05", []string{"Gulf states cut ties with Qatar."}, "Qatar=QAT"},

		// groups named by a description
		{"warlords", "2006-06-05", []string{"Warlords shelled the market."}, "Warlords=REB"},
		{"a warlord by title", "1993-06-05", []string{"Warlord Hussein Farah Dhere spoke."}, "Warlord Hussein Farah Dhere=REB"},
		{"vigilantes", "2014-03-04", []string{"Vigilantes killed two thieves."}, "Vigilantes=UAF; thieves=CRM"},
		{"red shirts", "2010-04-10", []string{"The red shirts marched."}, "red shirts=OPP"},
		{"yellow vests", "2018-12-08", []string{"Yellow vests blocked roads."}, "Yellow vests=OPP"},
		{"paramilitaries", "1998-05-20", []string{"Paramilitaries killed eleven farmers."}, "Paramilitaries=MIL; farmers=CVL"},
		{"security personnel", "2016-07-11", []string{"Security personnel fired."}, "Security personnel=MIL"},
		{"pro-democracy activists", "2016-07-11", []string{"Pro-democracy activists marched."}, "activists=OPP"},
		{"hardline clerics", "2016-07-11", []string{"Hardline clerics objected."}, "clerics=REL"},
		{"dissidents", "2016-07-11", []string{"Exiled dissidents objected."}, "dissidents=OPP"},
	})
}
