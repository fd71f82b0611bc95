package org.parley.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.parley.io.Failure;
import org.parley.io.Item;
import org.parley.io.RawDocument;

/**
 * An {@link Item} in a form Spark can shuffle: the records of a container are read by one task and
 * analyzed by others. Optional fields travel as nullable values; {@link #item()} gives back an
 * item equal to the one carried.
 */
record Carried(
    boolean failed,
    String source,
    byte[] bytes,
    String text,
    String key,
    String published,
    String title,
    String outlet,
    String kind,
    String charset,
    String input,
    String record,
    String stage,
    String code,
    String message)
    implements Serializable {

  static Carried of(Item item) {
    if (item instanceof Item.Failed f) {
      Failure x = f.failure();
      return new Carried(true, x.source(), null, null, null, null, null, null, null, null,
          x.input(), x.record().orElse(null), x.stage(), x.code(), x.message());
    }
    RawDocument d = ((Item.Doc) item).document();
    return new Carried(false, d.source(), d.bytes(), d.text(), d.key().orElse(null),
        d.published().map(LocalDate::toString).orElse(null), d.title().orElse(null),
        d.outlet().orElse(null), d.kind().name(), d.charset().orElse(null), d.input(),
        d.record().orElse(null), null, null, null);
  }

  Item item() {
    if (failed) {
      return new Item.Failed(new Failure(source, stage, code, message, input,
          Optional.ofNullable(record)));
    }
    return new Item.Doc(new RawDocument(source, bytes, text, Optional.ofNullable(key),
        Optional.ofNullable(published).map(LocalDate::parse), Optional.ofNullable(title),
        Optional.ofNullable(outlet), RawDocument.Kind.valueOf(kind),
        Optional.ofNullable(charset), input, Optional.ofNullable(record)));
  }
}
