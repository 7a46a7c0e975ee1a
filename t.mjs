import cytoscape from "cytoscape";
const cy = cytoscape({ headless: true, styleEnabled: true, style: [{selector: "node", style: {label: "data(id)"}}, {selector: ".nl", style: {label: ""}}], elements: [{data:{id:"a"}},{data:{id:"b"}}] });
const a = cy.$("#a"); a.style({label: ""}); console.log("bypass empty:", JSON.stringify(a.style("label")));
const b = cy.$("#b"); b.addClass("nl"); console.log("class empty:", JSON.stringify(b.style("label")));
a.style({label: "x\ny"}); console.log(JSON.stringify(a.style("label")));
a.removeStyle("label"); a.style({"text-opacity": 0}); console.log(a.style("text-opacity"));
