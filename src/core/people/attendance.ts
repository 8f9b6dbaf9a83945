/**
 * Who was at a meeting: its participants (names as the transcript wrote them) plus the people it links to.
 * The relationship panel, last-contact refresh and the duplicate finder all read attendance from here.
 */
import type { MeetingRecord } from "../model/types";
import type { PeopleDirectory, Resolution } from "./directory";

export interface Attendance {
  /** Person note paths, in order of first mention, each once. */
  people: string[];
  /** Participant names more than one person fits, with those people. */
  ambiguous: { name: string; candidates: string[] }[];
  /** Participant names no person note fits. */
  unknown: string[];
}

type Directory = Pick<PeopleDirectory, "resolve" | "resolveLink">;

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Resolves the participants list only: the people a meeting names as present, each mention separately. */
export function resolveParticipants(meeting: MeetingRecord, directory: Directory): { name: string; resolution: Resolution }[] {
  return participantNames(meeting).map((name) => ({ name, resolution: resolveParticipant(meeting, name, directory) }));
}

/** The names of a meeting's participants list, as they are resolved. */
export function participantNames(meeting: MeetingRecord): string[] {
  return meeting.participants.map((name) => name.trim()).filter((name) => name !== "");
}

/** One participant's name: the meeting's account decides between people the name fits equally. */
export function resolveParticipant(meeting: MeetingRecord, name: string, directory: Directory): Resolution {
  return directory.resolve(name, meeting.account === undefined ? {} : { company: meeting.account });
}

export function meetingAttendees(meeting: MeetingRecord, directory: Directory): Attendance {
  const attendance: Attendance = { people: [], ambiguous: [], unknown: [] };
  for (const { name, resolution } of resolveParticipants(meeting, directory)) {
    if (resolution.kind === "person") addOnce(attendance.people, resolution.path);
    else if (resolution.kind === "ambiguous") attendance.ambiguous.push({ name, candidates: resolution.candidates });
    else addOnce(attendance.unknown, name);
  }
  // Linked notes are matched as links (path or file name), never by first name: [[Microsoft]] is not a person called Micro.
  for (const link of meeting.links) {
    const resolution = directory.resolveLink(link.target);
    if (resolution.kind === "person") addOnce(attendance.people, resolution.path);
  }
  return attendance;
}
