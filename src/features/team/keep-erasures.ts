import { keepErasuresTrue } from '../../core/team/erase-member';
import { onProjectOpened } from '../../state/project-sessions';

// Every project opened on this device anonymises late references to erased people and
// compacts its storage when an erasure arrives from another device. Loaded with the team
// section, which the project area imports before it opens any project.
onProjectOpened((session) => {
  keepErasuresTrue(session);
});
