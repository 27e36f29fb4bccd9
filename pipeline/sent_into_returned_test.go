package pipeline

import "testing"

// TestForcesSentIntoAPlace pins tanks, troops and armoured vehicles sent
// or dispatched into or onto a place ("sent tanks into the streets of
// Valencia", "into Prague", "onto the streets of Yangon") as a deployment
// (154), not military aid (072), which stays for arms sent to a party
// ("sent tanks to Ukraine").
func TestForcesSentIntoAPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tanks into a city's streets at home", "1981-02-24", "Spanish General Jaime Milans del Bosch sent tanks into the streets of Valencia on Monday.", "154", "ESPMIL>ESP", ""},
		{"tanks into a neighbour's capital", "1968-08-21", "Moscow sent tanks into Prague on Wednesday.", "154", "RUSGOV>CZEGOV", ""},
		{"armoured vehicles onto the streets", "2021-02-02", "Myanmar's military sent armoured vehicles onto the streets of Yangon.", "154", "MMRMIL>MMR", ""},
		{"armored vehicles into a region", "2014-03-01", "Russia sent armored vehicles into Crimea.", "154", "RUS>UKRGOV", ""},
		{"tanks into a square", "1989-06-03", "China sent tanks into Tiananmen Square on Saturday night.", "154", "CHN>", ""},
		{"tanks sent to a party are aid", "2023-01-05", "Germany sent tanks to Ukraine.", "072", "DEU>UKR", ""},
		{"missiles sent to a party are aid", "2024-02-01", "The United States sent missiles to Israel.", "072", "USA>ISR", ""},
	})
}

// TestReturnedToPrison pins a person returned or sent back to prison, jail
// or custody ("ordered them returned to prison", "was returned to jail") as
// a detention (173), not a thing handed back (0842).
func TestReturnedToPrison(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a court orders them returned", "2017-08-01", "The Supreme Court ordered them returned to prison.", "173", "JUD>", ""},
		{"a judge orders journalists returned", "2014-05-06", "A judge in Istanbul ordered the journalists returned to jail.", "173", "TURJUD>TURMED", ""},
		{"returned to jail, passive", "2021-02-20", "Navalny was returned to jail on Friday.", "173", "RUSCOP>RUSOPP", ""},
		{"sent back to prison by order", "2019-07-02", "A court in Cairo ordered the activist sent back to prison.", "173", "EGYJUD>EGYOPP", ""},
		{"sent back to prison", "2012-03-10", "Belarusian authorities sent the opposition leader back to prison.", "173", "BLRGOV>BLROPP", ""},
		{"a vessel returned is handed back", "2023-03-15", "Ukraine returned the seized trawler to Russia.", "0842", "UKR>RUS", ""},
	})
}

// TestBrushedOff pins measures, sanctions and expulsions brushed off or
// shrugged off as a rejection (120) of whoever took them; accusations
// brushed off stay a denial (016).
func TestBrushedOff(t *testing.T) {
	testLexRows(t, []lexRow{
		{"measures brushed off", "2017-07-31", "The U.S. Treasury froze the assets of Venezuelan President Nicolas Maduro. Maduro brushed off the measures in a televised speech on Monday night.", "120", "VENGOV>USAGOV", ""},
		{"sanctions shrugged off", "2012-01-24", "The European Union imposed an oil embargo on Iran. Tehran shrugged off the sanctions.", "120", "IRNGOV>IGOEUR", ""},
		{"new sanctions shrugged off", "2022-03-01", "Iran shrugged off the new sanctions on Tuesday.", "120", "IRN>", ""},
		{"expulsions shrugged off", "2018-04-03", "Putin shrugged off the expulsions of Russian diplomats.", "120", "RUSGOV>", ""},
		{"UN sanctions brushed off as", "2010-06-10", "Ahmadinejad brushed off the new UN sanctions as a used handkerchief.", "120", "IRNGOV>IGOUNO", ""},
		{"accusations brushed off are a denial", "2018-04-03", "Iran brushed off the accusations.", "016", "IRN>", ""},
	})
}
