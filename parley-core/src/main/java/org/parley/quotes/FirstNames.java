package org.parley.quotes;

import java.util.Set;

/**
 * Common given names whose bearers are usually referred to as "he" or as "she" in news text: a
 * hint for pronoun resolution only, overridden by roles ("spokeswoman") and honorifics ("Ms.").
 */
final class FirstNames {
  private FirstNames() {}

  private static final Set<String> FEMALE =
      Set.copyOf(java.util.List.of("mary", "maria", "marie", "anna", "ann", "anne", "angela", "hillary", "nancy",
          "elizabeth", "liz", "susan", "sarah", "sara", "jennifer", "jessica", "karen", "lisa",
          "linda", "patricia", "barbara", "margaret", "catherine", "katherine", "kathryn", "kate",
          "kathleen", "christine", "christina", "emily", "emma", "olivia", "sophia", "julia",
          "julie", "laura", "rachel", "rebecca", "amy", "amanda", "melania", "michelle", "kamala",
          "elise", "elaine", "ellen", "helen", "alexandria", "ilhan", "rashida", "ayanna",
          "nicola", "theresa", "teresa", "marine", "ursula", "federica", "christine", "jacinda",
          "nikki", "sarah", "betsy", "kirstjen", "condoleezza", "madeleine", "samantha",
          "kellyanne", "sheryl", "ivanka", "chelsea", "tulsi", "amy", "kirsten",
          "dianne", "diane", "elena", "sonia", "ruth", "whitney", "lorraine", "stephanie",
          "valerie", "victoria", "natalia", "natalya", "svetlana", "olga", "irina", "yulia",
          "tatiana", "lyudmila", "ekaterina", "marina", "aung", "benazir", "indira", 
          "gina", "janet", "loretta", "sally", "susana", "jill", "joni", "liz",
          "nadia", "fatima", "aisha", "layla", "leila", "yasmin", "priya",
          "sharon", "deborah", "debbie", "donna", "carol", "carolyn", "cynthia", "heather",
          "megan", "meghan", "nicole", "andrea", "monica", "jane", "joan", "joyce", "judy",
          "judith", "lauren", "martha", "nina", "pamela", "paula", "rose",
          "shirley", "tina", "virginia", "wendy"));

  private static final Set<String> MALE =
      Set.copyOf(java.util.List.of("john", "james", "robert", "michael", "william", "david", "richard", "joseph",
          "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
          "steven", "steve", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george",
          "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas",
          "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
          "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis",
          "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary",
          "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger",
          "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse",
          "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel",
          "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
          "russell", "elijah", "louis", "bobby", "philip", "phil", "johnny", "barack", "bernie",
          "mike", "mitch", "chuck", "ted", "marco", "rand", "jim", "bill", "bob",
          "tom", "tim", "dan", "ben", "sam", "rick", "ron", "jeb", "newt", "vladimir", "sergey",
          "sergei", "dmitry", "dmitri", "gennady", "alexei", "alexey", "mikhail", "nikolai",
          "igor", "ivan", "yuri", "boris", "emmanuel", "francois", "jean", "pierre", "xi", "li",
          "recep", "benjamin", "bibi", "bashar", "hassan", "mohammed", "muhammad", "ali",
          "ahmed", "abdul", "shinzo", "narendra", "imran", "justin", "angus", "staffan",
          "ban", "antonio", "jens", "josep", "olaf", "volodymyr", "petro", "rex", "mike",
          "mark", "jay", "sean", "josh", "hunter", "beto", "pete", "cory", "kirk", "kyrsten",
          "rudy", "rudolph", "jared", "stephen", "devin", "adam", "jerrold", "matt",
          "jeff", "doug", "greg", "ken", "andy", "tony", "nick", "chris", "alex", "fred",
          "harry", "dick", "al", "lloyd", "antony", "kevin", "wolfgang", "friedrich", "heiko",
          "gerhard", "helmut", "silvio", "matteo", "giuseppe", "mario", "pedro", "luiz", "jair",
          "andres", "nicolas", "hugo", "fidel", "raul", "evo", "mauricio", "javier", "carlos",
          "luis", "miguel", "manuel", "sebastian", "felipe", "mahmoud", "abbas", "hosni",
          "abdel", "abdullah", "salman", "khalid", "omar", "yasser", "ismail", "moon", "jae",
          "rodrigo", "joko", "najib", "mahathir", "lee", "malcolm", "scott", "anthony", "tony",
          "ashraf", "hamid", "jim"));

  /** 'f', 'm' or '?' for a lower-case given name. */
  static char gender(String first) {
    if (FEMALE.contains(first)) {
      return 'f';
    }
    return MALE.contains(first) ? 'm' : '?';
  }
}
