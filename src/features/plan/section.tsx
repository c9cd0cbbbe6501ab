export { PlanScreen as Screen } from './PlanScreen';
