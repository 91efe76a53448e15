; BrainTS kernel for neuron model FitzHughNagumo (models/fitzhugh_nagumo.ts:20), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, w, I, armed.
; Group-uniform parameters (params): a, b, tau, v_th.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'FitzHughNagumo.cpu'
source_filename = "models/fitzhugh_nagumo.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @FitzHughNagumo_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/fitzhugh_nagumo.ts:35  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %w.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %w.ptr = load double*, double** %w.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %armed.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %armed.ptr = load double*, double** %armed.slot, align 8, !dbg !7
  %a.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %a = load double, double* %a.slot, align 8, !dbg !7
  %b.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %b = load double, double* %b.slot, align 8, !dbg !7
  %tau.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %tau = load double, double* %tau.slot, align 8, !dbg !7
  %v_th.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %v_th = load double, double* %v_th.slot, align 8, !dbg !7
  ; models/fitzhugh_nagumo.ts:37  [this.v, this.w] = step(this.dvw, this.v, this.w, this.I);
  %u0 = fdiv double %dt, 6.000000e+00, !dbg !8
  %u1 = fmul double 5.000000e-01, %dt, !dbg !8
  %0 = icmp slt i64 %begin, %end, !dbg !8
  br i1 %0, label %neuron, label %done, !dbg !8

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !8
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !8
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !9
  %v = load double, double* %v.addr, align 8, !dbg !9
  ; models/fitzhugh_nagumo.ts:32  return [v - v ** 3 / 3 - w + I, (v + this.a - this.b * w) / this.tau];
  %1 = fmul double %v, %v, !dbg !10
  %2 = fmul double %v, %1, !dbg !10
  %3 = fdiv double %2, 3.000000e+00, !dbg !11
  %4 = fsub double %v, %3, !dbg !11
  ; models/fitzhugh_nagumo.ts:37  [this.v, this.w] = step(this.dvw, this.v, this.w, this.I);
  %w.addr = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !12
  %w = load double, double* %w.addr, align 8, !dbg !12
  %5 = fsub double %4, %w, !dbg !12
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !13
  %I = load double, double* %I.addr, align 8, !dbg !13
  %6 = fadd double %5, %I, !dbg !13
  %7 = fmul double %u1, %6, !dbg !8
  %8 = fadd double %v, %7, !dbg !8
  ; models/fitzhugh_nagumo.ts:32  return [v - v ** 3 / 3 - w + I, (v + this.a - this.b * w) / this.tau];
  %9 = fmul double %8, %8, !dbg !10
  %10 = fmul double %8, %9, !dbg !10
  %11 = fdiv double %10, 3.000000e+00, !dbg !10
  %12 = fsub double %8, %11, !dbg !10
  %13 = fadd double %v, %a, !dbg !14
  %14 = fmul double %b, %w, !dbg !15
  %15 = fsub double %13, %14, !dbg !15
  %16 = fdiv double %15, %tau, !dbg !16
  %17 = fmul double %u1, %16, !dbg !16
  %18 = fadd double %w, %17, !dbg !16
  %19 = fsub double %12, %18, !dbg !16
  %20 = fadd double %19, %I, !dbg !16
  %21 = fmul double 2.000000e+00, %20, !dbg !16
  %22 = fadd double %6, %21, !dbg !16
  ; models/fitzhugh_nagumo.ts:37  [this.v, this.w] = step(this.dvw, this.v, this.w, this.I);
  %23 = fmul double %u1, %20, !dbg !8
  %24 = fadd double %v, %23, !dbg !8
  ; models/fitzhugh_nagumo.ts:32  return [v - v ** 3 / 3 - w + I, (v + this.a - this.b * w) / this.tau];
  %25 = fmul double %24, %24, !dbg !10
  %26 = fmul double %24, %25, !dbg !10
  %27 = fdiv double %26, 3.000000e+00, !dbg !10
  %28 = fsub double %24, %27, !dbg !10
  %29 = fadd double %8, %a, !dbg !17
  %30 = fmul double %b, %18, !dbg !15
  %31 = fsub double %29, %30, !dbg !15
  %32 = fdiv double %31, %tau, !dbg !15
  %33 = fmul double %u1, %32, !dbg !15
  %34 = fadd double %w, %33, !dbg !15
  %35 = fsub double %28, %34, !dbg !15
  %36 = fadd double %35, %I, !dbg !15
  %37 = fmul double 2.000000e+00, %36, !dbg !15
  %38 = fadd double %22, %37, !dbg !15
  ; models/fitzhugh_nagumo.ts:37  [this.v, this.w] = step(this.dvw, this.v, this.w, this.I);
  %39 = fmul double %dt, %36, !dbg !8
  %40 = fadd double %v, %39, !dbg !8
  ; models/fitzhugh_nagumo.ts:32  return [v - v ** 3 / 3 - w + I, (v + this.a - this.b * w) / this.tau];
  %41 = fmul double %40, %40, !dbg !10
  %42 = fmul double %40, %41, !dbg !10
  %43 = fdiv double %42, 3.000000e+00, !dbg !10
  %44 = fsub double %40, %43, !dbg !10
  %45 = fadd double %24, %a, !dbg !17
  %46 = fmul double %b, %34, !dbg !15
  %47 = fsub double %45, %46, !dbg !15
  %48 = fdiv double %47, %tau, !dbg !15
  %49 = fmul double %dt, %48, !dbg !15
  %50 = fadd double %w, %49, !dbg !15
  %51 = fsub double %44, %50, !dbg !15
  %52 = fadd double %51, %I, !dbg !15
  %53 = fadd double %38, %52, !dbg !15
  %54 = fmul double %u0, %53, !dbg !15
  %v.next = fadd double %v, %54, !dbg !15
  ; models/fitzhugh_nagumo.ts:37  [this.v, this.w] = step(this.dvw, this.v, this.w, this.I);
  %55 = fmul double 2.000000e+00, %32, !dbg !8
  %56 = fadd double %16, %55, !dbg !8
  %57 = fmul double 2.000000e+00, %48, !dbg !8
  %58 = fadd double %56, %57, !dbg !8
  ; models/fitzhugh_nagumo.ts:32  return [v - v ** 3 / 3 - w + I, (v + this.a - this.b * w) / this.tau];
  %59 = fadd double %40, %a, !dbg !17
  %60 = fmul double %b, %50, !dbg !15
  %61 = fsub double %59, %60, !dbg !15
  %62 = fdiv double %61, %tau, !dbg !15
  %63 = fadd double %58, %62, !dbg !15
  %64 = fmul double %u0, %63, !dbg !15
  %w.next = fadd double %w, %64, !dbg !15
  ; models/fitzhugh_nagumo.ts:38  this.spikeOnUpwardCrossing(v0, this.v, this.v_th);
  %65 = fcmp ogt double %v.next, %v_th, !dbg !18
  ; models/fitzhugh_nagumo.ts:36  const v0 = this.v; // the value at the step's start
  %66 = fcmp ogt double %v, %v_th, !dbg !19
  %67 = xor i1 %66, true, !dbg !19
  ; runtime/crossing.ts:17  @state armed = 1; // 1
  %armed.addr = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !20
  %armed = load double, double* %armed.addr, align 8, !dbg !20
  %68 = select i1 %67, double 1.000000e+00, double %armed, !dbg !20
  ; runtime/crossing.ts:27  if (after > threshold && this.armed > 0.5) {
  %69 = fcmp ogt double %68, 5.000000e-01, !dbg !23
  %70 = and i1 %65, %69, !dbg !23
  ; runtime/crossing.ts:28  this.armed = 0;
  %armed.next = select i1 %70, double 0.000000e+00, double %68, !dbg !24
  ; models/fitzhugh_nagumo.ts:37  [this.v, this.w] = step(this.dvw, this.v, this.w, this.I);
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !25
  store double %v.next, double* %v.addr1, align 8, !dbg !25
  %71 = fsub double %v.next, %v.next, !dbg !25
  %72 = bitcast double %71 to i64, !dbg !25
  %v.bad = or i64 0, %72, !dbg !25
  %w.addr2 = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !25
  store double %w.next, double* %w.addr2, align 8, !dbg !25
  %73 = fsub double %w.next, %w.next, !dbg !25
  %74 = bitcast double %73 to i64, !dbg !25
  %w.bad = or i64 %v.bad, %74, !dbg !25
  ; runtime/crossing.ts:28  this.armed = 0;
  %armed.addr3 = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !26
  store double %armed.next, double* %armed.addr3, align 8, !dbg !26
  %75 = fsub double %armed.next, %armed.next, !dbg !26
  %76 = bitcast double %75 to i64, !dbg !26
  %armed.bad = or i64 %w.bad, %76, !dbg !26
  ; models/fitzhugh_nagumo.ts:28  @current I = 0; // 1, added to dv/dt (per ms)
  %I.addr4 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !27
  store double 0.000000e+00, double* %I.addr4, align 8, !dbg !27
  ; models/fitzhugh_nagumo.ts:35  update(t: number, dt: number) {
  %spiked.byte = zext i1 %70 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %armed.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %77 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %77, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %78 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %78 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

attributes #0 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "fitzhugh_nagumo.ts", directory: "models")
!4 = distinct !DISubprogram(name: "FitzHughNagumo.update", linkageName: "FitzHughNagumo_update", scope: !3, file: !3, line: 35, type: !5, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 35, column: 3, scope: !4)
!8 = !DILocation(line: 37, column: 24, scope: !4)
!9 = !DILocation(line: 37, column: 39, scope: !4)
!10 = !DILocation(line: 32, column: 17, scope: !4)
!11 = !DILocation(line: 32, column: 26, scope: !4)
!12 = !DILocation(line: 37, column: 47, scope: !4)
!13 = !DILocation(line: 37, column: 55, scope: !4)
!14 = !DILocation(line: 32, column: 42, scope: !4)
!15 = !DILocation(line: 32, column: 51, scope: !4)
!16 = !DILocation(line: 32, column: 65, scope: !4)
!17 = !DILocation(line: 32, column: 38, scope: !4)
!18 = !DILocation(line: 38, column: 44, scope: !4)
!19 = !DILocation(line: 36, column: 16, scope: !4)
!20 = !DILocation(line: 17, column: 3, scope: !21)
!21 = distinct !DILexicalBlock(scope: !4, file: !22, line: 1, column: 1)
!22 = !DIFile(filename: "crossing.ts", directory: "runtime")
!23 = !DILocation(line: 27, column: 43, scope: !21)
!24 = !DILocation(line: 28, column: 20, scope: !21)
!25 = !DILocation(line: 37, column: 5, scope: !4)
!26 = !DILocation(line: 28, column: 7, scope: !21)
!27 = !DILocation(line: 28, column: 3, scope: !4)
; braints-hash: 4b7f3738ee0291906e8769000b0ad77c471734da9877543b20c952b53f2d0fe6
