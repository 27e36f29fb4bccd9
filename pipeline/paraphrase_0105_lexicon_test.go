package pipeline

import "testing"

// TestPleadForAid: pleading, begging, pressing and lobbying for aid are
// appeals for it, as asking and calling for it are.
func TestPleadForAid(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"pleaded for weapons", "2022-04-02", "Ukrainian President Volodymyr Zelensky pleaded with Western allies for more weapons.", "0232", "UKRGOV>", ""},
		{"pleaded for food aid", "2011-07-20", "Somalia pleaded for food aid as the drought spread.", "0233", "SOMGOV>", ""},
		{"pleaded with a country for loans", "2019-06-02", "Pakistan pleaded with China for new loans.", "0231", "PAKGOV>CHNGOV", ""},
		{"pressed a country for tanks", "2023-01-10", "Kyiv pressed Berlin for more tanks.", "0232", "UKRGOV>DEUGOV", ""},
		{"lobbied for fighter jets", "2016-05-02", "Pakistan lobbied Washington for fighter jets.", "0232", "PAKGOV>USAGOV", ""},
		{"begged for peacekeepers", "1994-05-02", "Rwanda's opposition begged the United Nations for peacekeepers.", "0234", "RWAOPP>IGOUNO", ""},
		{"guard: pleaded for mercy", "2019-06-02", "The defendant pleaded for mercy.", "023", "", ""},
		{"guard: pressed for a trial", "2019-06-02", "Lawyers pressed for a new trial.", "023", "", ""},
		{"guard: pressed the minister for details", "2019-06-02", "Reporters pressed the minister for details.", "023", "", ""},
	})
}

// TestHammerOutTerms: hammering out, thrashing out and ironing out what is
// not yet a deal is negotiating it; a deal hammered out is agreed (030).
func TestHammerOutTerms(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"hammered out the terms", "2019-10-15", "Britain and the European Union hammered out the terms of Brexit.", "046", "GBRGOV>IGOEUR", ""},
		{"hammered out the details", "2014-08-02", "Israeli and Palestinian negotiators hammered out the details of a truce in Cairo.", "046", "ISRGOV>PSEGOV", ""},
		{"ironed out differences", "2019-06-02", "India and China ironed out their differences over the border.", "046", "INDGOV>CHNGOV", ""},
		{"thrashed out the text", "2015-12-10", "France and China thrashed out the text of the climate accord.", "046", "FRAGOV>CHNGOV", ""},
		{"guard: a deal hammered out is agreed", "2019-06-02", "Israel and Egypt hammered out a deal on gas.", "030", "ISRGOV>EGYGOV", ""},
		{"guard: a sword hammered out", "2019-06-02", "The blacksmith hammered out a sword.", "04", "", ""},
		{"guard: not ironed out", "2019-06-02", "India and China have not ironed out their differences.", "046", "", ""},
	})
}

// TestVolunteerTo: volunteering to do an act is an intent to do it, as
// offering to is ("volunteered to broker talks": 039).
func TestVolunteerTo(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"volunteered to broker talks", "2019-06-02", "Qatar volunteered to broker talks between the Afghan government and the Taliban.", "039", "QATGOV>AFGGOV", ""},
		{"volunteered to mediate", "2019-06-02", "Norway volunteered to mediate between Venezuela's government and the opposition.", "039", "NORGOV>VENGOV", ""},
		{"volunteered to host talks", "2018-06-02", "Singapore volunteered to host talks between the United States and North Korea.", "03", "SGPGOV>USAGOV", ""},
		{"volunteered to send troops", "2023-07-30", "Kenya volunteered to send police officers to Haiti.", "03", "KENGOV>HTIGOV", ""},
		{"guard: volunteered at shelters", "2019-06-02", "Thousands of people volunteered at the shelters.", "03", "", ""},
		{"guard: did not volunteer", "2019-06-02", "Norway did not volunteer to mediate.", "03", "", ""},
	})
}

// TestSaySorry: saying sorry to someone is an apology to them.
func TestSaySorry(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"said sorry to families", "2019-06-02", "The police chief said sorry to the families of the victims.", "055", "COP>CVL", ""},
		{"said sorry to a country", "1995-08-15", "Japan's prime minister said sorry to South Korea for the wartime abuses.", "055", "JPNGOV>KORGOV", ""},
		{"said sorry, no one named", "2019-06-02", "The Kenyan government said sorry for the delays.", "055", "KENGOV>", ""},
		{"guard: did not say sorry", "2019-06-02", "The minister did not say sorry.", "055", "", ""},
		{"guard: felt sorry", "2019-06-02", "The minister said he felt sorry for the farmers.", "055", "", ""},
	})
}
