import type { VaultIndex } from "../index/vault-index";
import type { CalendarDate, MeetingRecord, Task } from "../model/types";
import { meetingAttendees } from "../people/attendance";
import { PeopleDirectory } from "../people/directory";

/**
 * Who attended what, who owns which task and who works on which project, resolved once per index revision
 * and shared by the relationship panel, the last_contact refresh and the `person` command.
 */

export interface AmbiguousMention {
  name: string;
  candidates: string[];
  /** The note the name appeared in. */
  path: string;
}

export interface OwnedTask extends Task {
  path: string;
}

export class RelationshipGraph {
  readonly directory: PeopleDirectory;
  /** Person path → meetings they attended. */
  private readonly meetingsByPerson = new Map<string, MeetingRecord[]>();
  /** Meeting path → the people, ambiguous names and unknown names of that meeting. */
  private readonly attendance = new Map<string, ReturnType<typeof meetingAttendees>>();
  private readonly tasksByPerson = new Map<string, OwnedTask[]>();
  private readonly projectsByPerson = new Map<string, string[]>();
  private readonly ambiguousByPerson = new Map<string, AmbiguousMention[]>();

  constructor(readonly index: VaultIndex) {
    this.directory = new PeopleDirectory(index.people());
    for (const meeting of index.meetings()) this.addMeeting(meeting);
    this.addTasks();
    this.addProjects();
  }

  meetingsOf(person: string): MeetingRecord[] {
    return this.meetingsByPerson.get(person) ?? [];
  }

  attendeesOf(meeting: string): ReturnType<typeof meetingAttendees> | undefined {
    return this.attendance.get(meeting);
  }

  tasksOf(person: string): OwnedTask[] {
    return this.tasksByPerson.get(person) ?? [];
  }

  projectsOf(person: string): string[] {
    return this.projectsByPerson.get(person) ?? [];
  }

  ambiguousMentionsOf(person: string): AmbiguousMention[] {
    return this.ambiguousByPerson.get(person) ?? [];
  }

  /** The latest date of a meeting the person attended, on or before `today`. */
  lastMeetingDate(person: string, today: CalendarDate): CalendarDate | undefined {
    let latest: CalendarDate | undefined;
    for (const meeting of this.meetingsOf(person)) {
      if (meeting.date && meeting.date <= today && (!latest || meeting.date > latest)) latest = meeting.date;
    }
    return latest;
  }

  /** People who attended the same meetings, most shared meetings first. */
  peersOf(person: string): { path: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const meeting of this.meetingsOf(person)) {
      for (const other of this.attendance.get(meeting.path)?.people ?? []) {
        if (other !== person) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    return [...counts].map(([path, count]) => ({ path, count })).sort((a, b) => b.count - a.count || a.path.localeCompare(b.path));
  }

  private addMeeting(meeting: MeetingRecord): void {
    const attendees = meetingAttendees(meeting, this.directory);
    this.attendance.set(meeting.path, attendees);
    for (const person of attendees.people) push(this.meetingsByPerson, person, meeting);
    for (const mention of attendees.ambiguous) {
      for (const candidate of mention.candidates) push(this.ambiguousByPerson, candidate, { ...mention, path: meeting.path });
    }
  }

  private addTasks(): void {
    for (const { path, task } of this.index.tasks()) {
      if (task.done) continue;
      const record = this.index.record(path);
      const company = record?.kind === "meeting" ? record.account : undefined;
      for (const owner of task.owners) {
        const resolution = this.directory.resolve(owner, company ? { company } : undefined);
        if (resolution.kind === "person") push(this.tasksByPerson, resolution.path, { ...task, path });
      }
    }
  }

  private addProjects(): void {
    for (const project of this.index.projects()) {
      for (const collaborator of project.collaborators) {
        const resolution = this.directory.resolve(collaborator);
        if (resolution.kind === "person") push(this.projectsByPerson, resolution.path, project.path);
      }
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
