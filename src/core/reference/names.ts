// Invented names for reference data. Any likeness to real people is chance.
export const FIRST_NAMES = [
  'Amira', 'Ben', 'Chloe', 'Dev', 'Eileen', 'Femi', 'Grace', 'Harjit', 'Iona', 'Jamal', 'Kath', 'Liam', 'Maryam',
  'Niall', 'Olu', 'Priya', 'Rhys', 'Sandra', 'Tomasz', 'Una', 'Vik', 'Wendy', 'Yusuf', 'Zofia', 'Alan', 'Bethan',
  'Ciaran', 'Doreen', 'Eddie', 'Fatima', 'Gareth', 'Hannah', 'Imran', 'Joan', 'Kwame', 'Lorna', 'Mo', 'Nadia',
  'Owen', 'Pat', 'Rosa', 'Sam', 'Tariq', 'Val', 'Winston', 'Agnieszka', 'Bill', 'Carys', 'Dylan', 'Esme',
];
export const LAST_NAMES = [
  'Ahmed', 'Baker', 'Campbell', 'Davies', 'Evans', 'Fraser', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Kowalski',
  'Lewis', 'Morgan', 'Nowak', 'Okafor', 'Patel', 'Quinn', 'Roberts', 'Singh', 'Thomas', 'Walsh', 'Young',
];
export const ORGANISATIONS = ['Adult Social Care', 'Carers Centre', 'Community Mental Health Team', 'Age UK branch', 'Tenants Association', 'Library Service'];
export const ACCESS_NOTES = [
  'Uses a wheelchair; needs a table at the right height',
  'Hard of hearing; please face me when speaking',
  'Needs breaks every 40 minutes',
  'Partially sighted; papers in 18pt',
  'Anxious in large groups; likes to sit near the door',
];
