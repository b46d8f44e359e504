package io.djongo.examples.readme.signals;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.signals.Hooks;
import java.util.Locale;
import org.bson.types.ObjectId;

// README: model-hooks
@Model
public class Post extends Post_ implements Hooks {
    @Id ObjectId id;
    String title;
    String slug;

    @Override
    public void beforeSave() {                      // before the preSave receivers and validation
        slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    @Override
    public void afterDelete() {                     // also for each post a QuerySet.delete() or a cascade deletes
        Cache.evict(slug);
    }
}
// README: end
