package io.djongo.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.admin.auth.PasswordHasher;
import io.djongo.admin.fixture.Author;
import io.djongo.admin.fixture.Book;
import io.djongo.admin.fixture.Book_;
import io.djongo.admin.fixture.Blog;
import io.djongo.admin.fixture.Entry;
import io.djongo.admin.fixture.Entry_;
import io.djongo.admin.fixture.Publisher;
import io.djongo.admin.fixture.Publisher_;
import io.djongo.admin.fixture.Review_;
import io.djongo.test.DjongoTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * given by path, so nothing is downloaded): log in, search, filter, add an entry with its blog and
 * three authors, reorder and remove rows with the page's script, pick references from a select and
 * with the autocomplete, see a validation error in place, and resolve a conflict. Screenshots are kept in {@code admin/target/screenshots}. Without the two
 * binaries the tests are skipped, and say why.
 */
@DjongoTest
class AdminBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("admin.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("admin.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("admin.screenshots", "target/screenshots"));

    static AdminServer server;
    static AdminSite site;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
        if (missing != null) {
            System.err.println("[djongo-admin] SKIPPED browser tests: " + missing + " is missing; install Debian's "
                    + "chromium and chromium-driver (apt-get install chromium chromium-driver), as .ci/run does");
        }
        Assumptions.assumeTrue(missing == null, "browser tests need " + missing
                + " (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.manage().window().setSize(new Dimension(1280, 1600));
        site = AdminSite.create()
                .passwordHasher(PasswordHasher.withIterations(1000))
                .register(ModelAdmin.of(Entry_.Meta.INSTANCE)
                        .listDisplay("headline", "blog__name", "rating", "pub_date")
                        .searchFields("headline", "^blog__name")
                        .listFilter("featured", "status", "blog__name")
                        .ordering("headline"))
                .register(ModelAdmin.of(Publisher_.Meta.INSTANCE).searchFields("name"))
                .register(ModelAdmin.of(Book_.Meta.INSTANCE).listDisplay("title", "publisher").searchFields("title"))
                .register(ModelAdmin.of(Review_.Meta.INSTANCE).autocompleteFields("book"));
        server = site.start(0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void data() {
        site.accounts().createSuperuser("admin", null, "s3cret!");
        Entry abbey = new Entry(new Blog("Beatles Blog", "All the latest Beatles news."), "Abbey Road at fifty", 4,
                Instant.parse("2019-09-26T10:00:00Z"));
        abbey.authors.add(new Author("Ann", "ann@example.org"));
        abbey.tags.add("rock");
        abbey.featured = true;
        abbey.save();
        new Entry(new Blog("Jazz Notes", null), "Kind of Blue", 5, Instant.parse("2020-08-17T18:00:00Z")).save();
        Publisher penguin = new Publisher("Penguin").save();
        new Publisher("Faber").save();
        new Book("Dune", penguin).save();
        new Book("Emma", penguin).save();
        browser.manage().deleteAllCookies();
        site.throttle().clear();
        login();
    }

    private void login() {
        browser.get(server.url());
        browser.findElement(By.id("id_username")).sendKeys("admin");
        browser.findElement(By.id("id_password")).sendKeys("s3cret!");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        assertTrue(browser.findElement(By.id("model-list")).isDisplayed());
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void searchAndFilterTheChangelist() {
        browser.get(server.url() + "entry/");
        browser.findElement(By.id("searchbar")).sendKeys("jazz");
        browser.findElement(By.cssSelector("#changelist-search button")).click();
        String table = text("#result_list");
        assertTrue(table.contains("Kind of Blue") && !table.contains("Abbey Road"), table);

        browser.get(server.url() + "entry/");
        browser.findElement(By.cssSelector("ul[data-filter='featured']")).findElement(By.linkText("Yes")).click();
        assertTrue(text("#result_list").contains("Abbey Road") && !text("#result_list").contains("Kind of Blue"));
        screenshot("changelist-filtered");
    }

    @Test
    void addAnEntryWithItsBlogAndThreeAuthorsThenReorderAndRemoveRows() {
        browser.get(server.url() + "entry/add/");
        browser.findElement(By.id("id_headline")).sendKeys("Revolver");
        browser.findElement(By.cssSelector("button[value='add:blog']")).click(); // no template: the server adds it
        browser.findElement(By.id("id_blog-name")).sendKeys("Beatles Blog");
        for (String name : List.of("Ann", "Bob", "Cy")) {
            browser.findElement(By.cssSelector("button[value='add:authors']")).click();
            List<WebElement> rows = browser.findElements(By.cssSelector("fieldset[data-rows='authors'] > .row-list > .row"));
            WebElement row = rows.get(rows.size() - 1);
            row.findElement(By.cssSelector("input[name$='.name']")).sendKeys(name);
            row.findElement(By.cssSelector("input[name$='.email']")).sendKeys(name.toLowerCase() + "@example.org");
        }
        screenshot("add-form-three-authors");
        browser.findElement(By.cssSelector(".submit-row button[name=_continue]")).click();
        assertTrue(text(".messagelist").contains("was added successfully"), text(".messagelist"));
        Entry added = Entry.objects().get(Entry_.headline.eq("Revolver"));
        assertEquals(List.of("Ann", "Bob", "Cy"), added.authors.stream().map(Author::name).toList());
        assertEquals("Beatles Blog", added.blog.name);

        // on the change form: move Cy up, remove Ann, in the page, then one save
        List<WebElement> rows = browser.findElements(By.cssSelector("fieldset[data-rows='authors'] > .row-list > .row"));
        rows.get(2).findElement(By.cssSelector(".row-up")).click();
        browser.findElements(By.cssSelector("fieldset[data-rows='authors'] > .row-list > .row")).get(0)
                .findElement(By.cssSelector(".row-delete")).click();
        screenshot("change-form");
        browser.findElement(By.cssSelector(".submit-row button[name=_continue]")).click();
        assertTrue(text(".messagelist").contains("was changed successfully"), text(".messagelist"));
        assertEquals(List.of("Cy", "Bob"), Entry.objects().get(Entry_.headline.eq("Revolver")).authors.stream()
                .map(Author::name).toList());
        keepForTheReadme();
    }

    /** The change form of the README: the entry with its blog and authors, as a user sees it. */
    private void keepForTheReadme() {
        Path docs = Path.of(System.getProperty("admin.docs", "../docs"));
        if (Files.isDirectory(docs)) {
            try {
                Files.copy(SCREENSHOTS.resolve("change-form.png"), docs.resolve("admin-change-form.png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void pickAReferenceFromASelect() {
        // Django's ForeignKey widget: a select of the related objects, named by str()
        browser.get(server.url() + "book/add/");
        browser.findElement(By.id("id_title")).sendKeys("Ulysses");
        Select publisher = new Select(browser.findElement(By.id("id_publisher_id")));
        assertEquals(List.of("---------", "Faber", "Penguin"),
                publisher.getOptions().stream().map(WebElement::getText).toList());
        publisher.selectByVisibleText("Faber");
        screenshot("reference-select");
        browser.findElement(By.cssSelector(".submit-row button[name=_save]")).click();
        assertTrue(text(".messagelist").contains("was added successfully"), text(".messagelist"));
        Book added = Book_.objects().get(Book_.title.eq("Ulysses"));
        assertEquals(Publisher_.objects().get(Publisher_.name.eq("Faber")).id, added.publisher.id());
        assertTrue(text("#result_list").contains("Faber"), "the changelist names the publisher: " + text("#result_list"));
    }

    @Test
    void pickAReferenceWithTheAutocomplete() {
        // Django's autocomplete_fields: type, pick one of the target's objects found by its search_fields
        browser.get(server.url() + "review/add/");
        browser.findElement(By.id("id_text")).sendKeys("A classic");
        WebElement search = browser.findElement(By.cssSelector(".autocomplete .autocomplete-search"));
        assertTrue(search.isDisplayed(), "the script shows the search box");
        search.sendKeys("du");
        List<WebElement> found = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions
                .numberOfElementsToBe(By.cssSelector(".autocomplete-results button.autocomplete-choice"), 1));
        WebElement dune = found.get(0);
        assertEquals("Dune", dune.getText(), "the search for \"du\" finds Dune, not Emma");
        screenshot("reference-autocomplete");
        dune.click();
        Book book = Book_.objects().get(Book_.title.eq("Dune"));
        assertEquals(book.id.toHexString(), browser.findElement(By.id("id_book_id")).getDomProperty("value"));
        assertEquals("Dune", text("#id_book_id-label"));
        browser.findElement(By.cssSelector(".submit-row button[name=_save]")).click();
        assertTrue(text(".messagelist").contains("was added successfully"), text(".messagelist"));
        assertEquals(book.id, Review_.objects().get().book.id());
    }

    @Test
    void aValidationErrorIsShownInPlaceAndNothingIsWritten() {
        Entry abbey = Entry.objects().get(Entry_.headline.eq("Abbey Road at fifty"));
        browser.get(server.url() + "entry/" + abbey.id.toHexString() + "/change/");
        WebElement email = browser.findElement(By.id("id_authors-i0-email"));
        email.clear();
        email.sendKeys("not an address");
        browser.findElement(By.id("id_blog-name")).clear();
        browser.findElement(By.cssSelector(".submit-row button[name=_save]")).click();
        assertTrue(browser.findElement(By.id("id_authors-i0-email-errors")).isDisplayed());
        assertTrue(browser.findElement(By.id("id_blog-name-errors")).isDisplayed());
        assertEquals("not an address", browser.findElement(By.id("id_authors-i0-email")).getDomProperty("value"));
        screenshot("validation-error");
        assertEquals("ann@example.org", Entry.objects().getById(abbey.id).authors.get(0).email());
    }

    @Test
    void aConflictIsReportedAndResolved() {
        Entry abbey = Entry.objects().get(Entry_.headline.eq("Abbey Road at fifty"));
        browser.get(server.url() + "entry/" + abbey.id.toHexString() + "/change/");
        Entry.objects().filter(Entry_.id.eq(abbey.id)).update(Entry_.headline.set("Changed meanwhile"));
        WebElement headline = browser.findElement(By.id("id_headline"));
        headline.clear();
        headline.sendKeys("Mine");
        browser.findElement(By.cssSelector(".submit-row button[name=_save]")).click();
        assertTrue(text("#conflict").contains("Someone else changed this entry"), text("#conflict"));
        assertTrue(text("#conflict").contains("Changed meanwhile"));
        screenshot("conflict");
        browser.findElement(By.cssSelector(".submit-row button[name=_save]")).click();
        assertTrue(text(".messagelist").contains("was changed successfully"));
        assertEquals("Mine", Entry.objects().getById(abbey.id).headline);
    }
}
