export { MeetingsScreen as Screen } from './MeetingsScreen';
