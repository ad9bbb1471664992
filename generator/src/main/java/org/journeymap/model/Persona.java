package org.journeymap.model;

import java.util.List;
import java.util.Map;

/**
 * One persona file (format v1, section 4). facts keep the order they were written in; avatar is a
 * path relative to the source folder.
 */
public record Persona(String id, String name, String role, String avatar, Position avatarAt, String segment, String quote,
                      String about, Map<String, String> facts, List<String> goals, List<String> needs,
                      List<String> motivations, List<String> frustrations, List<Ref> channels,
                      List<Evidence> research, Position at, Map<String, Position> positions) {
}
