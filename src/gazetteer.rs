//! Built-in place names: the countries of the world and well-known cities. They tell a
//! list of countries from a list of names, and supply distractors of the same kind
//! when a course has too few of its own.

pub const COUNTRIES: &[&str] = &[
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Austria-Hungary", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Britain", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia", "Czech Republic", "Czechoslovakia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Germany", "Ecuador", "Egypt", "El Salvador", "England", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Korea", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Persia", "Peru", "Philippines", "Poland", "Portugal", "Prussia", "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "San Marino", "Sardinia", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Soviet Union", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "USSR", "Uzbekistan", "Vanuatu", "Vatican City", "Venezuela", "Vietnam", "Wales", "West Germany", "Yemen", "Yugoslavia", "Zambia", "Zimbabwe",
];

pub const CITIES: &[&str] = &[
    "Paris", "London", "Berlin", "Rome", "Madrid", "Vienna", "Brussels", "Geneva", "Amsterdam", "Lisbon", "Stockholm", "Copenhagen", "Oslo", "Helsinki", "Warsaw", "Prague", "Budapest", "Athens", "Moscow", "Istanbul", "Cairo", "Nairobi", "Tokyo", "Beijing", "Delhi", "Sydney", "Toronto", "Ottawa", "Washington", "New York", "Chicago", "Boston", "Zurich", "Milan", "Munich", "Hamburg", "Lyon", "Barcelona", "Dublin", "Edinburgh", "Lausanne", "Bologna", "Lübeck", "Bruges", "Bergen", "Novgorod", "Baghdad", "Vienna", "Kyoto", "Osaka", "Shanghai", "Mumbai", "Lagos", "Johannesburg", "Buenos Aires", "Rio de Janeiro", "Mexico City", "Los Angeles", "San Francisco", "Montreal", "Frankfurt", "Florence", "Venice", "Naples", "Seville", "Porto", "Kraków", "St. Petersburg", "Kyiv", "Ankara", "Tehran", "Jerusalem", "Beirut", "Damascus", "Riyadh", "Dubai", "Singapore", "Bangkok", "Jakarta", "Manila", "Seoul", "Hong Kong", "Melbourne", "Auckland",
];

fn bare(name: &str) -> &str {
    name.strip_prefix("the ").unwrap_or(name)
}

pub fn is_country(name: &str) -> bool {
    COUNTRIES.contains(&bare(name))
}

pub fn is_city(name: &str) -> bool {
    CITIES.contains(&bare(name))
}
