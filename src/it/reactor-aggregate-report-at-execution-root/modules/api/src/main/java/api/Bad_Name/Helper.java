package api.Bad_Name;

public class Helper {
}
